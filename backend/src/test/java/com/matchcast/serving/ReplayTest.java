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
import com.matchcast.support.HandClock;
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
@TestPropertySource(properties = {
    "matchcast.test.context=replay",
    // a match's predictions with all their factors (factors(limit: 100) on a default page of 50) are
    // estimated at 21,851, over the default cost limit of 10,000 (README.md, Limits)
    "matchcast.limits.max-complexity=30000"
})
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
  void everyPredictionKeepsTheGridItsGoalMarketsAndTopScoresCameFrom() {
    for (Prediction p : replayed) {
      com.matchcast.goals.ScoreGrid grid = ledger.scoreGrid(p.id()).block().grid();
      // as the ledger stores numbers: 10 decimals
      assertThat(p.expectedHomeGoals()).isCloseTo(grid.expectedHomeGoals(), within(5.1e-11));
      assertThat(p.expectedAwayGoals()).isCloseTo(grid.expectedAwayGoals(), within(5.1e-11));
      assertThat(p.over25()).isCloseTo(grid.over(2.5), within(5.1e-11));
      assertThat(p.bothTeamsToScore()).isCloseTo(grid.bothTeamsScore(), within(5.1e-11));
      assertThat(p.topScores()).hasSize(10).allSatisfy(score -> assertThat(score.probability())
          .isCloseTo(grid.probability(score.home(), score.away()), within(5.1e-11)));
      double tenth = p.topScores().get(9).probability();
      for (int h = 0; h <= grid.maxGoals(); h++) {
        for (int a = 0; a <= grid.maxGoals(); a++) {
          int home = h;
          int away = a;
          if (p.topScores().stream().noneMatch(s -> s.home() == home && s.away() == away)) {
            assertThat(grid.probability(h, a)).as("a score outside the top ten").isLessThanOrEqualTo(tenth + 5.1e-11);
          }
        }
      }
    }
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

      @Override
      public Flux<Prediction> histories(java.util.Collection<Long> matchIds) {
        return ledger.histories(matchIds);
      }

      @Override
      public Mono<Prediction> find(long id) {
        return ledger.find(id);
      }

      @Override
      public Flux<Prediction> search(com.matchcast.prediction.PredictionQuery query, int limit, long beforeId) {
        return ledger.search(query, limit, beforeId);
      }

      @Override
      public Mono<Long> count(com.matchcast.prediction.PredictionQuery query) {
        return ledger.count(query);
      }

      @Override
      public Mono<com.matchcast.goals.ScoreGridParameters> scoreGrid(long predictionId) {
        return ledger.scoreGrid(predictionId);
      }
    };
    List<Prediction> again = replay(tampered, forgetful, new CopyOnWriteArrayList<>());

    // every look before the closing prices shows is the same forecast, whatever the closing prices and results
    assertThat(fingerprints(again.stream().filter(p -> !p.reason().equals("kick-off")).toList()))
        .isEqualTo(fingerprints(replayed.stream().filter(p -> !p.reason().equals("kick-off")).toList()));
    // the last look before kick-off sees the closing prices, and only once the clock shows them
    List<Prediction> lastLooks = again.stream().filter(p -> p.reason().equals("kick-off")).toList();
    assertThat(lastLooks.stream().map(p -> p.matchId() + " " + p.createdAt()).toList()).isEqualTo(replayed.stream()
        .filter(p -> p.reason().equals("kick-off")).map(p -> p.matchId() + " " + p.createdAt()).toList());
    assertThat(lastLooks).allSatisfy(p -> assertThat(p.createdAt())
        .isAfterOrEqualTo(Visibility.kickoff(p.date(), p.kickoff()).minus(Visibility.CLOSING_PRICES)));
    assertThat(fingerprints(lastLooks)).doesNotContainAnyElementsOf(fingerprints(replayed));
  }

  @Test
  void eachMatchIsLookedAtAMinuteBeforeKickOffWithTheClosingMarketAndThatLookIsScored() {
    Map<Long, MatchRecord> records = stored.records().block().stream()
        .collect(Collectors.toMap(r -> Long.parseLong(r.location().substring("match ".length())), r -> r));
    for (long id : matchIds("2022-08-05", "2022-08-07")) {
      MatchRecord record = records.get(id);
      List<Prediction> lastLooks = replayed.stream().filter(p -> p.matchId() == id && p.reason().equals("kick-off"))
          .toList();
      assertThat(lastLooks).as("match " + id).hasSize(1);
      Prediction look = lastLooks.get(0);
      assertThat(look.createdAt()).isEqualTo(Visibility.kickoff(record).minus(Duration.ofMinutes(1)));
      double[] closing = closingAverage(record);
      assertThat(new double[] {look.market().homeWin(), look.market().draw(), look.market().awayWin()})
          .containsExactly(closing, within(1e-9));
      Long scored = db.sql("SELECT prediction_id FROM prediction_score WHERE match_id = :id AND voided = FALSE")
          .bind("id", id).map(row -> row.get("prediction_id", Long.class)).one().block();
      assertThat(scored).isEqualTo(look.id());
    }
  }

  @Test
  void newPricesArePushedAsTheyArriveFirstPreMatchThenClosing() {
    Map<Long, MatchRecord> records = stored.records().block().stream()
        .collect(Collectors.toMap(r -> Long.parseLong(r.location().substring("match ".length())), r -> r));
    for (long id : matchIds("2022-08-06", "2022-08-07")) {
      Instant kickoff = Visibility.kickoff(records.get(id));
      List<OddsMoved> moves = seen.stream().filter(e -> e instanceof OddsMoved o && o.matchId() == id)
          .map(e -> (OddsMoved) e).toList();
      assertThat(moves).as("match " + id).hasSize(2);
      OddsMoved first = moves.get(0);
      // pre-match prices show three days before kick-off, seen at the first hourly tick from then
      Instant shown = kickoff.minus(Duration.ofDays(3));
      Instant firstTick = shown.equals(shown.truncatedTo(java.time.temporal.ChronoUnit.HOURS)) ? shown
          : shown.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
      assertThat(first.at()).isEqualTo(firstTick);
      assertThat(first.previous()).isNull();
      assertThat(first.closing()).isFalse();
      OddsMoved last = moves.get(1);
      assertThat(last.closing()).isTrue();
      assertThat(last.at()).isEqualTo(kickoff.minus(Duration.ofMinutes(1)));
      assertThat(last.previous()).isEqualTo(first.market());
      assertThat(new double[] {last.market().homeWin(), last.market().draw(), last.market().awayWin()})
          .containsExactly(closingAverage(records.get(id)), within(1e-12));
    }
  }

  @Test
  void aPostponedMatchIsVoidedAndItsNewDateBringsAFreshForecast() {
    long postponed = matchIds("2022-08-13", "2022-08-13").get(0);
    java.util.concurrent.atomic.AtomicReference<String> phase = new java.util.concurrent.atomic.AtomicReference<>("as stored");
    StoredTimeline changing = new StoredTimeline(db) {
      @Override
      public Mono<List<MatchRecord>> records() {
        return stored.records().map(all -> all.stream().map(r -> !r.location().equals("match " + postponed) ? r
            : switch (phase.get()) {
              case "postponed" -> withStatus(r, r.date(), MatchStatus.POSTPONED);
              case "rescheduled" -> withStatus(r, LocalDate.of(2022, 8, 10), MatchStatus.SCHEDULED);
              default -> r;
            }).toList());
      }
    };
    List<MatchcastEvent> pushed = new CopyOnWriteArrayList<>();
    Disposable listening = events.on(MatchcastEvent.class).subscribe(pushed::add);
    HandClock real = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock clock = MatchClock.replay(real, Instant.parse("2022-08-08T00:00:00Z"), 3600);
    PredictionService service = service(changing, ledger);
    try {
      service.start(clock).block();
      clock.run();
      List<Prediction> made = new ArrayList<>(service.tick().block());
      real.advance(Duration.ofSeconds(1));
      long before = ledger.latest(postponed).block().id();

      phase.set("postponed");
      service.reload().block();
      made.addAll(service.tick().block());
      real.advance(Duration.ofSeconds(1));

      assertThat(pushed).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(MatchUpdated.class, u -> {
        assertThat(u.matchId()).isEqualTo(postponed);
        assertThat(u.status()).isEqualTo(MatchStatus.POSTPONED);
      }));
      Map<String, Object> voided = db.sql("SELECT prediction_id, voided, void_reason FROM prediction_score"
          + " WHERE match_id = :id").bind("id", postponed).fetch().one().block();
      assertThat(((Number) voided.get("prediction_id")).longValue()).isEqualTo(before);
      assertThat(voided.get("void_reason")).isEqualTo("postponed");
      assertThat(service.upcoming()).noneMatch(f -> f.matchId() == postponed);
      assertThat(made).noneMatch(p -> p.matchId() == postponed);

      phase.set("rescheduled");
      service.reload().block();
      List<Prediction> after = service.tick().block();
      assertThat(after.stream().filter(p -> p.matchId() == postponed).toList()).singleElement().satisfies(p -> {
        assertThat(p.reason()).isEqualTo("rescheduled");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 8, 10));
        assertThat(p.previousId()).isEqualTo(before);
      });
    } finally {
      listening.dispose();
    }
  }

  @Test
  void theLedgerIsSearchedPageByPageAndEachPredictionSaysWhatMovedAndHowItScored() {
    // the served clock stands after the replayed week, so the whole week's ledger shows
    served.start(MatchClock.replay(new HandClock(Instant.parse("2026-11-29T10:00:00Z")),
        Instant.parse("2022-08-09T00:00:00Z"), 3600)).block();
    HttpGraphQlTester graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
    long kickOffLooks = db.sql("SELECT COUNT(*) AS n FROM prediction WHERE league = 'E0' AND reason = 'kick-off'")
        .map(row -> ((Number) row.get("n")).longValue()).one().block();
    List<Long> newestIds = db.sql("SELECT id FROM prediction WHERE league = 'E0' AND reason = 'kick-off'"
            + " ORDER BY id DESC").map(row -> row.get("id", Long.class)).all().collectList().block();
    String page = """
        query($after: String) { predictions(filter: {leagues: ["e0"], reason: "kick-off"}, first: 3, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id previous { id homeWin draw awayWin } homeWin draw awayWin
            changes { reason previous { id } probabilities { homeWin draw awayWin } modelChanged
                      factors(limit: 2) { key before after change } }
            score { status result homeGoals awayGoals rps closingRps } } } } }
        """;
    var first = graphQl.document(page).execute();
    first.path("predictions.totalCount").entity(Long.class).isEqualTo(kickOffLooks);
    first.path("predictions.edges[*].node.id").entityList(Long.class).isEqualTo(newestIds.subList(0, 3));
    String cursor = first.path("predictions.pageInfo.endCursor").entity(String.class).get();
    graphQl.document(page).variable("after", cursor).execute()
        .path("predictions.edges[*].node.id").entityList(Long.class).isEqualTo(newestIds.subList(3, 6));

    Map<String, Object> scored = db.sql("SELECT s.prediction_id, s.match_id FROM prediction_score s JOIN prediction p"
        + " ON p.id = s.prediction_id WHERE p.reason = 'kick-off' AND s.voided = FALSE ORDER BY s.prediction_id")
        .fetch().first().block();
    long lookId = ((Number) scored.get("prediction_id")).longValue();
    Map<String, Object> node = graphQl.document("""
        query($match: ID!) { predictions(filter: {matchIds: [$match], reason: "kick-off"}) { edges { node { id
          previous { id homeWin draw awayWin } homeWin draw awayWin
          changes { reason previous { id } probabilities { homeWin draw awayWin } modelChanged
                    factors(limit: 100) { key before after change } }
          score { status result homeGoals awayGoals rps closingRps } match { id }
          confidence confidenceRecord { lower upper matches accuracy meanRps } } } } }
        """).variable("match", scored.get("match_id").toString()).execute().path("predictions.edges[*].node").entityList(Map.class).get().stream()
        .map(m -> (Map<String, Object>) m).filter(m -> Long.parseLong(m.get("id").toString()) == lookId)
        .findFirst().orElseThrow();
    Map<String, Object> previous = (Map<String, Object>) node.get("previous");
    Map<String, Object> changes = (Map<String, Object>) node.get("changes");
    assertThat(changes.get("reason")).isEqualTo("kick-off");
    assertThat(((Map<String, Object>) changes.get("previous")).get("id")).isEqualTo(previous.get("id"));
    assertThat(changes.get("modelChanged")).isEqualTo(false);
    Map<String, Object> moved = (Map<String, Object>) changes.get("probabilities");
    for (String outcome : List.of("homeWin", "draw", "awayWin")) {
      assertThat(((Number) moved.get(outcome)).doubleValue()).isCloseTo(100 * (((Number) node.get(outcome)).doubleValue()
          - ((Number) previous.get(outcome)).doubleValue()), within(1e-9));
    }
    List<Map<String, Object>> factors = (List<Map<String, Object>>) changes.get("factors");
    assertThat(factors.stream().map(f -> f.get("key"))).contains("market", "prices", "elo");
    double total = 0;
    double largest = Double.MAX_VALUE;
    for (Map<String, Object> f : factors) {
      double change = ((Number) f.get("change")).doubleValue();
      assertThat(change).isCloseTo(((Number) f.get("after")).doubleValue()
          - ((Number) f.get("before")).doubleValue(), within(1e-9));
      assertThat(Math.abs(change)).as("largest move first").isLessThanOrEqualTo(largest);
      largest = Math.abs(change);
      total += change;
    }
    // the market's move and the factors' moves add up to the forecast's move on the outcome it favours
    double[] now = {((Number) node.get("homeWin")).doubleValue(), ((Number) node.get("draw")).doubleValue(),
        ((Number) node.get("awayWin")).doubleValue()};
    int favoured = now[0] >= now[1] && now[0] >= now[2] ? 0 : now[1] >= now[2] ? 1 : 2;
    assertThat(total).isCloseTo(((Number) moved.get(List.of("homeWin", "draw", "awayWin").get(favoured))).doubleValue(),
        within(1e-6));
    long matchId = Long.parseLong(((Map<String, Object>) node.get("match")).get("id").toString());
    Map<String, Object> truth = db.sql("SELECT m.home_goals, m.away_goals, s.model_rps, s.closing_rps FROM matches m"
        + " JOIN prediction_score s ON s.match_id = m.id WHERE m.id = :id").bind("id", matchId).fetch().one().block();
    Map<String, Object> score = (Map<String, Object>) node.get("score");
    int home = ((Number) truth.get("home_goals")).intValue();
    int away = ((Number) truth.get("away_goals")).intValue();
    assertThat(score.get("status")).isEqualTo("SCORED");
    assertThat(score.get("homeGoals")).isEqualTo(home);
    assertThat(score.get("awayGoals")).isEqualTo(away);
    assertThat(score.get("result")).isEqualTo(home > away ? "HOME" : home == away ? "DRAW" : "AWAY");
    assertThat(((Number) score.get("rps")).doubleValue()).isEqualTo(((BigDecimal) truth.get("model_rps")).doubleValue());
    assertThat(((Number) score.get("closingRps")).doubleValue())
        .isEqualTo(((BigDecimal) truth.get("closing_rps")).doubleValue());
    long previousId = db.sql("SELECT previous_id FROM prediction WHERE id = :id").bind("id", lookId)
        .map(row -> ((Number) row.get("previous_id")).longValue()).one().block();
    assertThat(Long.parseLong(previous.get("id").toString())).isEqualTo(previousId);

    // the historical accuracy of forecasts of this confidence, recounted here from the scored rows
    double confidence = ((Number) node.get("confidence")).doubleValue();
    double lower = Math.floor(confidence * 10) / 10;
    List<Map<String, Object>> band = db.sql("SELECT p.home_win, p.draw, p.away_win, p.confidence, s.result,"
            + " s.model_rps FROM prediction_score s JOIN prediction p ON p.id = s.prediction_id WHERE s.voided = FALSE")
        .fetch().all().collectList().block().stream()
        .filter(r -> Math.floor(((BigDecimal) r.get("confidence")).doubleValue() * 10) / 10 == lower).toList();
    int hits = 0;
    double rps = 0;
    for (Map<String, Object> r : band) {
      double[] q = {((BigDecimal) r.get("home_win")).doubleValue(), ((BigDecimal) r.get("draw")).doubleValue(),
          ((BigDecimal) r.get("away_win")).doubleValue()};
      int pick = q[0] >= q[1] && q[0] >= q[2] ? 0 : q[1] >= q[2] ? 1 : 2;
      hits += ((Number) r.get("result")).intValue() == pick ? 1 : 0;
      rps += ((BigDecimal) r.get("model_rps")).doubleValue();
    }
    Map<String, Object> record = (Map<String, Object>) node.get("confidenceRecord");
    assertThat(((Number) record.get("lower")).doubleValue()).isCloseTo(lower, within(1e-12));
    assertThat(record.get("matches")).isEqualTo(band.size());
    assertThat(band).isNotEmpty();
    assertThat(((Number) record.get("accuracy")).doubleValue()).isCloseTo((double) hits / band.size(), within(1e-12));
    assertThat(((Number) record.get("meanRps")).doubleValue()).isCloseTo(rps / band.size(), within(1e-9));
  }

  @Test
  @Order(2)
  void aTickWithNothingNewDoesNothingButARecomputeOrANewModelIsSeenAtOnce() {
    MatchClock clock = MatchClock.replay(new HandClock(Instant.parse("2026-11-29T10:00:00Z")),
        Instant.parse("2022-08-10T06:00:00Z"), 3600);
    PredictionService service = service(stored, ledger);
    service.start(clock).block();
    clock.run();
    service.tick().block();

    assertThat(service.tick().block()).as("the same moment again: nothing to look at").isEmpty();
    // the refresh hears of a recompute at once (it ticks then, not at its next beat), whichever instance asked
    List<String> marked = new java.util.concurrent.CopyOnWriteArrayList<>();
    Disposable hearing = service.recomputeMarked().subscribe(marked::add);
    int upcoming = service.recompute("E0");
    events.publish(new RecomputeRequested(null));
    hearing.dispose();
    assertThat(marked).as("this instance's request once, then another instance's").containsExactly("E0", "");
    assertThat(upcoming).as("the second weekend's matches").isEqualTo(10);
    assertThat(service.tick().block()).hasSize(10).allSatisfy(p -> assertThat(p.reason()).isEqualTo("recomputed"));
    assertThat(service.tick().block()).isEmpty();
    long replayModel = registry.promoted().block().id();
    try {
      trainer.train(new TrainingRequest(new LinkedHashSet<>(List.of("E0")), Period.ofYears(2), Period.ZERO, 7L, 1,
          PromotionRule.ALWAYS).before(LocalDate.of(2022, 8, 1), PromotionRule.ALWAYS)).block();
      assertThat(service.tick().block()).hasSize(10).allSatisfy(p -> assertThat(p.reason()).isEqualTo("new model"));
    } finally {
      registry.promote(replayModel).block(); // the other tests replay on the first model
    }
  }

  private static MatchRecord withStatus(MatchRecord r, LocalDate date, MatchStatus status) {
    return new MatchRecord(r.source(), r.location(), r.leagueCode(), r.seasonCode(), date,
        r.kickoffUtc() == null ? null : date.atTime(r.kickoffUtc().toLocalTime()), r.homeTeam(), r.awayTeam(), status,
        null, null, null, null, null, r.referee(), r.venue(), null, r.externalId(), null, r.odds(), r.rawContent());
  }

  private static double[] closingAverage(MatchRecord record) {
    OddsQuote quote = record.odds().stream().filter(q -> q.closing() && q.bookmaker().equals("Market Average")
        && q.market() == com.matchcast.matchdata.Market.ONE_X_TWO).findFirst().orElseThrow();
    return com.matchcast.market.QuotePrices.implied(quote, com.matchcast.market.DemarginMethod.MULTIPLICATIVE)
        .orElseThrow().probabilities();
  }

  private PredictionService service(StoredTimeline source, PredictionLedger ledger) {
    return new PredictionService(source, registry, ledger, scorer, explanationStore, events,
        new ServingProperties(ServingMode.REPLAY, null, 3600.0, Duration.ofSeconds(1), Duration.ofDays(7), 0.01),
        new TrainingProperties(null, List.of("E0"), null, null, null, null, null),
        new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
  }

  private List<Prediction> replay(StoredTimeline source, PredictionLedger ledger, List<MatchcastEvent> into) {
    Disposable listening = events.on(MatchcastEvent.class).subscribe(into::add);
    HandClock real = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock clock = MatchClock.replay(real, REPLAY_FROM, 3600);
    PredictionService service = service(source, ledger);
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
    HandClock real = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
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
      // the subscription is set up asynchronously: the clock stands still (all ten weekend matches stay
      // upcoming, however slow the machine) and each turn forecasts them again until a push arrives
      await(() -> {
        assertThat(failed).isEmpty();
        served.recompute("E0");
        served.tick().block();
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
    assertThat(first.get("reason")).isIn("first forecast", "first prices", "prices moved", "new results", "recomputed");

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
    // the ledger already holds this week's later predictions (the replay before this one ran to Monday):
    // on this replay's clock only those made by now show
    Instant now = Instant.parse(graphQl.document("{ servingClock { now } }").execute()
        .path("servingClock.now").entity(String.class).get());
    assertThat(db.sql("SELECT COUNT(*) AS n FROM prediction WHERE created_at > :now")
        .bind("now", java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .map(row -> ((Number) row.get("n")).longValue()).one().block()).isPositive();
    for (Map<String, Object> node : nodes) {
      Map<String, Object> p = (Map<String, Object>) node.get("prediction");
      assertThat(Instant.parse(p.get("createdAt").toString())).isBeforeOrEqualTo(now);
    }
    var match = graphQl.document("""
        query($id: ID!) { match(id: $id) { prediction { explanation(limit: 3, language: ZH) { key factor contribution } }
                                           explanation(limit: 3, language: ZH) { key factor contribution } } }
        """).variable("id", nodes.get(0).get("id")).execute();
    List<Map<String, Object>> ofMatch = match.path("match.explanation").entityList(Map.class).get().stream()
        .map(m -> (Map<String, Object>) m).toList();
    assertThat(ofMatch).hasSize(3)
        .isEqualTo(match.path("match.prediction.explanation").entityList(Map.class).get());
    assertThat(ofMatch.get(0).get("factor").toString()).as("the factor's Chinese name").matches(".*\\p{IsHan}.*");
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

  /**
   * The betting view on the replay's clock (the first test's, standing on Thursday before the first
   * weekend): each of the ten matches with its latest prediction, and each 1X2 selection worked out
   * here from the match's own pre-match prices as the API lists them: the best price any bookmaker
   * (or the source's maximum column) offers, the de-margined market average, p·o − 1, p − q and a
   * quarter of the Kelly stake.
   */
  @Test
  @Order(2)
  void theBettingViewWeighsEachLatestPredictionAgainstTheBestPreMatchPrice() {
    HttpGraphQlTester graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
    List<Map<String, Object>> board = graphQl.document("""
        { valueBoard(leagues: ["E0"]) {
            match { id prediction { id } odds(market: ONE_X_TWO, closing: false) { bookmaker home draw away } }
            prediction { id homeWin draw awayWin }
            edges { market selection modelProbability bestPrice bestBookmaker marketProbability edge marketEdge kellyStake } } }
        """).execute().path("valueBoard").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();

    // the weekend's matches whose pre-match prices the clock already shows (Sunday's come later), soonest first
    List<Object> priced = graphQl.document("""
        { upcoming(leagues: ["E0"], first: 50) { edges { node { id odds(market: ONE_X_TWO, closing: false) { bookmaker } } } } }
        """).execute().path("upcoming.edges[*].node").entityList(Map.class).get().stream()
        .filter(node -> !((List<?>) node.get("odds")).isEmpty()).map(node -> node.get("id")).toList();
    assertThat(priced).as("some of the ten are priced by Thursday, not all").hasSizeBetween(1, 9);
    assertThat(board).extracting(row -> ((Map<String, Object>) row.get("match")).get("id")).isEqualTo(priced);
    for (Map<String, Object> row : board) {
      Map<String, Object> match = (Map<String, Object>) row.get("match");
      Map<String, Object> prediction = (Map<String, Object>) row.get("prediction");
      assertThat(prediction.get("id")).as("the match's latest prediction")
          .isEqualTo(((Map<String, Object>) match.get("prediction")).get("id"));
      List<Map<String, Object>> quotes = (List<Map<String, Object>>) match.get("odds");
      Map<String, Object> average = quotes.stream().filter(q -> "Market Average".equals(q.get("bookmaker"))).findFirst()
          .orElseThrow();
      String[] prices = {"home", "draw", "away"};
      String[] outcomes = {"homeWin", "draw", "awayWin"};
      double overround = 0;
      for (String price : prices) {
        overround += 1 / ((Number) average.get(price)).doubleValue();
      }
      List<Map<String, Object>> edges = ((List<Map<String, Object>>) row.get("edges")).stream()
          .filter(e -> "ONE_X_TWO".equals(e.get("market"))).toList();
      assertThat(edges).extracting(e -> e.get("selection")).containsExactly("HOME_WIN", "DRAW", "AWAY_WIN");
      for (int i = 0; i < 3; i++) {
        String price = prices[i];
        double best = quotes.stream().filter(q -> !"Market Average".equals(q.get("bookmaker")) && q.get(price) != null)
            .mapToDouble(q -> ((Number) q.get(price)).doubleValue()).max().orElseThrow();
        double p = ((Number) prediction.get(outcomes[i])).doubleValue();
        double q = 1 / ((Number) average.get(price)).doubleValue() / overround;
        Map<String, Object> edge = edges.get(i);
        assertThat(((Number) edge.get("modelProbability")).doubleValue()).isEqualTo(p);
        assertThat(((Number) edge.get("bestPrice")).doubleValue()).isEqualTo(best);
        assertThat(quotes).as("the best price's bookmaker offers it").anySatisfy(quote -> {
          assertThat(quote.get("bookmaker")).isEqualTo(edge.get("bestBookmaker"));
          assertThat(((Number) quote.get(price)).doubleValue()).isEqualTo(best);
        });
        assertThat(((Number) edge.get("marketProbability")).doubleValue()).isCloseTo(q, within(1e-12));
        assertThat(((Number) edge.get("edge")).doubleValue()).isCloseTo(p * best - 1, within(1e-12));
        assertThat(((Number) edge.get("marketEdge")).doubleValue()).isCloseTo(p - q, within(1e-12));
        assertThat(((Number) edge.get("kellyStake")).doubleValue())
            .isCloseTo(Math.max(0, 0.25 * (p * best - 1) / (best - 1)), within(1e-12));
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
