package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.events.EventBus;
import com.matchcast.events.MatchcastEvent;
import com.matchcast.timeline.StoredTimeline;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.RealFootballData;
import com.matchcast.training.ModelTrainer;
import com.matchcast.training.PromotionRule;
import com.matchcast.training.TrainingProperties;
import com.matchcast.training.TrainingRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The first week of the real Premier League 2022-23 replayed as if live, on a model trained only on
 * the three seasons before it: fixtures, predictions, kick-offs, results and ledger scores arrive in
 * the real world's order, and no prediction depends on its match's result or closing prices.
 */
@EmbeddedDatabaseTest
// a database of its own: API tests elsewhere re-seed the shared one, which would pull clubs from under this
@TestPropertySource(properties = "matchcast.test.context=replay")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class ReplayTest {

  private static final Instant REPLAY_FROM = Instant.parse("2022-08-03T00:00:00Z");
  private static final LocalDate SUNDAY = LocalDate.of(2022, 8, 7);

  @Autowired FootballDataImporter importer;
  @Autowired ModelTrainer trainer;
  @Autowired ModelRegistry registry;
  @Autowired PredictionLedger ledger;
  @Autowired LedgerScorer scorer;
  @Autowired ExplanationStore explanationStore;
  @Autowired EventBus events;
  @Autowired StoredTimeline stored;
  @Autowired DatabaseClient db;

  private final List<MatchcastEvent> seen = new CopyOnWriteArrayList<>();
  private List<Prediction> replayed;

  @BeforeAll
  void replayTheFirstWeek() {
    importer.importMirror(RealFootballData.root(), Set.of("E0"),
        Set.of("2019-2020", "2020-2021", "2021-2022", "2022-2023")).collectList().block();
    TrainingRequest request = new TrainingRequest(new LinkedHashSet<>(List.of("E0")), Period.ofYears(3), Period.ZERO,
        20240601L, 1, PromotionRule.ALWAYS).before(LocalDate.of(2022, 8, 1), PromotionRule.ALWAYS);
    trainer.train(request).block();
    replayed = replay(stored, ledger, seen);
  }

  @Test
  void theModelServingTheReplayNeverSawItsPeriod() {
    assertThat(registry.promoted().block().trainedTo()).isBefore(LocalDate.of(2022, 8, 3));
  }

  @Test
  void fixturesArePredictedBeforeKickOffThenKickOffThenFinishInThatOrder() {
    Map<Long, List<String>> story = new java.util.HashMap<>();
    for (MatchcastEvent event : seen) {
      if (event instanceof PredictionMade made) {
        story.computeIfAbsent(made.prediction().matchId(), id -> new ArrayList<>()).add("prediction");
      } else if (event instanceof MatchUpdated update) {
        story.computeIfAbsent(update.matchId(), id -> new ArrayList<>()).add(update.status().name());
      }
    }
    List<Long> weekMatches = matchIds("2022-08-05", "2022-08-07");
    assertThat(weekMatches).hasSize(10);
    for (long id : weekMatches) {
      assertThat(story).as("every match of the week has a story").containsKey(id);
      List<String> events = story.get(id);
      int live = events.indexOf("LIVE");
      assertThat(live).as("match " + id + ": " + events).isPositive();
      assertThat(events.subList(0, live)).containsOnly("prediction");
      assertThat(events.subList(live, events.size())).containsExactly("LIVE", "FINISHED");
    }
  }

  @Test
  void everyPredictionIsACompleteForecastMadeBeforeItsKickOff() {
    assertThat(replayed).isNotEmpty();
    Set<Double> confidences = new java.util.HashSet<>();
    for (Prediction p : replayed) {
      assertThat(p.homeWin() + p.draw() + p.awayWin()).isCloseTo(1.0, within(1e-9));
      assertThat(p.confidence()).as("sharpness times the members' agreement, never above the sharpness")
          .isBetween(0.0, com.matchcast.prediction.Confidence.sharpness(p.probabilities()) + 1e-9);
      confidences.add(p.confidence());
      assertThat(p.createdAt()).isBefore(Visibility.kickoff(p.date(), p.kickoff()));
      assertThat(p.over25()).isBetween(0.0, 1.0);
      assertThat(p.topScores()).hasSize(10);
    }
    assertThat(confidences).as("confidence is never constant").hasSizeGreaterThan(5);
    Map<Long, Prediction> last = new java.util.HashMap<>();
    replayed.stream().filter(p -> !p.date().isAfter(SUNDAY)).forEach(p -> last.put(p.matchId(), p));
    assertThat(last).as("the ten matches played in the replayed week").hasSize(10);
    assertThat(last.values()).as("by kick-off every Premier League match of 2022-23 is priced")
        .allSatisfy(p -> assertThat(p.market()).isNotNull());
    assertThat(replayed.stream().filter(p -> p.market() == null))
        .as("a fixture known before its prices is forecast without them, first or after new results")
        .allSatisfy(p -> assertThat(p.reason()).isIn("first forecast", "new results"));
    assertThat(replayed.stream().map(Prediction::reason).distinct())
        .contains("first forecast", "first prices");
  }

  @Test
  void finishedMatchesAreScoredInTheLedger() {
    List<Map<String, Object>> scores = db.sql("SELECT s.match_id, s.voided, s.model_rps, s.closing_rps FROM"
            + " prediction_score s JOIN matches m ON m.id = s.match_id WHERE m.match_date BETWEEN '2022-08-05' AND"
            + " '2022-08-07'").fetch().all().collectList().block();
    assertThat(scores).hasSize(10);
    assertThat(scores).allSatisfy(s -> {
      assertThat(s.get("voided")).isIn(false, (byte) 0, 0);
      assertThat(((BigDecimal) s.get("model_rps")).doubleValue()).isBetween(0.0, 1.0);
      assertThat(s.get("closing_rps")).isNotNull();
    });
  }

  @Test
  void noPredictionDependsOnItsMatchsResultOrAnyClosingPrice() {
    // the same replay over a store whose closing prices of the week and Sunday's results are different
    StoredTimeline tampered = new StoredTimeline(db) {
      @Override
      public Mono<List<MatchRecord>> records() {
        return stored.records().map(all -> all.stream().map(ReplayTest::tamper).toList());
      }
    };
    // a replay with no memory of the first one's predictions (a server would re-read them from the ledger)
    PredictionLedger forgetful = new PredictionLedger() {
      @Override
      public Mono<Prediction> record(Prediction prediction) {
        return ledger.record(prediction);
      }

      @Override
      public Mono<Prediction> latest(long matchId) {
        return Mono.empty();
      }

      @Override
      public Flux<Prediction> latest(java.util.Collection<Long> matchIds) {
        return Flux.empty();
      }

      @Override
      public Flux<Prediction> history(long matchId) {
        return ledger.history(matchId);
      }
    };
    List<Prediction> again = replay(tampered, forgetful, new CopyOnWriteArrayList<>());

    assertThat(fingerprints(again)).isEqualTo(fingerprints(replayed));
  }

  private List<Prediction> replay(StoredTimeline source, PredictionLedger ledger, List<MatchcastEvent> into) {
    Disposable listening = events.on(MatchcastEvent.class).subscribe(into::add);
    MatchClockTest.HandClock real = new MatchClockTest.HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock clock = MatchClock.replay(real, REPLAY_FROM, 3600);
    PredictionService service = new PredictionService(source, registry, ledger, scorer, explanationStore, events,
        new ServingProperties(ServingMode.REPLAY, null, 3600.0, Duration.ofSeconds(1), Duration.ofDays(7), 0.01),
        new TrainingProperties(null, List.of("E0"), null, null, null, null, null));
    service.start(clock).block();
    clock.run();
    List<Prediction> made = new ArrayList<>();
    for (int hour = 0; hour < 24 * 5; hour++) {
      made.addAll(service.tick().block());
      real.advance(Duration.ofSeconds(1));
    }
    listening.dispose();
    return made;
  }

  private static MatchRecord tamper(MatchRecord r) {
    boolean week = !r.date().isBefore(LocalDate.of(2022, 8, 5)) && !r.date().isAfter(SUNDAY);
    if (!week) {
      return r;
    }
    List<OddsQuote> odds = r.odds().stream().map(q -> !q.closing() || q.home() == null ? q
        : new OddsQuote(q.bookmaker(), q.market(), q.line(), true, q.away(), q.draw(), q.home(), q.over(), q.under(),
            q.yes(), q.no(), q.collectedAt())).toList();
    boolean sunday = r.date().equals(SUNDAY);
    return new MatchRecord(r.source(), r.location(), r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(),
        r.homeTeam(), r.awayTeam(), MatchStatus.FINISHED, sunday ? r.awayGoals() + 3 : r.homeGoals(),
        sunday ? r.homeGoals() : r.awayGoals(), r.homeGoalsHalfTime(), r.awayGoalsHalfTime(), r.result(), r.referee(),
        r.venue(), r.attendance(), r.externalId(), r.statistics(), odds, r.rawContent());
  }

  private static List<String> fingerprints(List<Prediction> predictions) {
    return predictions.stream().map(p -> p.matchId() + " " + p.createdAt() + " " + p.homeWin() + " " + p.draw() + " "
        + p.awayWin() + " " + p.inputsHash()).collect(Collectors.toList());
  }

  @Autowired PredictionService served;
  @LocalServerPort int port;

  @Test
  @Order(1)
  void aSubscriberOverAWebSocketReceivesPushedPredictionsAndTheExampleQueryAnswers() {
    MatchClockTest.HandClock real = new MatchClockTest.HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock clock = MatchClock.replay(real, Instant.parse("2022-08-04T12:00:00Z"), 3600);
    served.start(clock).block();
    clock.run();
    WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
        new ReactorNettyWebSocketClient()).build();
    List<Map<String, Object>> pushed = new CopyOnWriteArrayList<>();
    List<Throwable> failed = new CopyOnWriteArrayList<>();
    Disposable subscription = client.document("subscription { predictionUpdated(leagues: [\"E0\"]) {"
            + " homeWin draw awayWin reason match { homeTeam { name } } } }")
        .retrieveSubscription("predictionUpdated").toEntity(Map.class)
        .subscribe(p -> pushed.add(p), failed::add);
    try {
      // the subscription is set up asynchronously: the replay moves on an hour a turn until a push arrives
      await(() -> {
        assertThat(failed).isEmpty();
        served.tick().block();
        real.advance(Duration.ofSeconds(1));
        return !pushed.isEmpty();
      });
    } finally {
      subscription.dispose();
      client.stop().block();
    }
    assertThat(pushed).isNotEmpty();
    Map<String, Object> first = pushed.get(0);
    assertThat(((Number) first.get("homeWin")).doubleValue() + ((Number) first.get("draw")).doubleValue()
        + ((Number) first.get("awayWin")).doubleValue()).isCloseTo(1.0, within(1e-6));
    assertThat(first.get("reason")).isIn("first forecast", "first prices", "prices moved", "new results");

    HttpGraphQlTester graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
    List<Map<String, Object>> nodes = graphQl.document("""
        { upcoming(leagues: ["E0"], first: 50) { edges { node {
            id kickoff homeTeam { name } awayTeam { name }
            prediction { homeWin draw awayWin confidence expectedHomeGoals expectedAwayGoals
                         overUnder25 { over under } bothTeamsToScore { yes no }
                         topScores(limit: 5) { home away probability }
                         explanation(limit: 5) { factor contribution description effects { homeWin draw awayWin } }
                         market { homeWin draw awayWin margin edge edges { homeWin draw awayWin } }
                         modelVersion createdAt } } } } }
        """).execute().path("upcoming.edges[*].node").entityList(Map.class).get().stream()
        .map(m -> (Map<String, Object>) m).toList();
    assertThat(nodes).as("the ten matches of the first weekend").hasSize(10);
    for (Map<String, Object> node : nodes) {
      Map<String, Object> p = (Map<String, Object>) node.get("prediction");
      double home = ((Number) p.get("homeWin")).doubleValue();
      double draw = ((Number) p.get("draw")).doubleValue();
      double away = ((Number) p.get("awayWin")).doubleValue();
      assertThat(home + draw + away).isCloseTo(1.0, within(1e-6));
      assertThat(((Number) p.get("confidence")).doubleValue()).isBetween(0.0, 1.0);
      assertThat((List<?>) p.get("topScores")).hasSize(5);
      List<Map<String, Object>> factors = (List<Map<String, Object>>) p.get("explanation");
      assertThat(factors).hasSize(5);
      assertThat(factors.get(0).get("description").toString()).matches(".+ (raises|lowers) the chance of .+ by .+ points");
      Map<String, Object> market = (Map<String, Object>) p.get("market");
      if (market != null) {
        Map<String, Object> edges = (Map<String, Object>) market.get("edges");
        double favoured = Math.max(home, Math.max(draw, away));
        String outcome = favoured == home ? "homeWin" : favoured == draw ? "draw" : "awayWin";
        assertThat(((Number) market.get("edge")).doubleValue())
            .isCloseTo(favoured - ((Number) market.get(outcome)).doubleValue(), within(1e-9))
            .isCloseTo(((Number) edges.get(outcome)).doubleValue(), within(1e-9));
      }
    }
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("nothing arrived within 30 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private List<Long> matchIds(String from, String to) {
    return db.sql("SELECT m.id FROM matches m JOIN league l ON l.id = m.league_id WHERE l.code = 'E0'"
            + " AND m.match_date BETWEEN '" + from + "' AND '" + to + "' ORDER BY m.id")
        .map(row -> row.get("id", Long.class)).all().collectList().block();
  }
}
