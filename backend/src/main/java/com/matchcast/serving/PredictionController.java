package com.matchcast.serving;

import com.matchcast.api.Arguments;
import com.matchcast.cache.CacheRegion;
import com.matchcast.cache.ReadCache;
import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.match.Match;
import com.matchcast.match.MatchConnection;
import com.matchcast.match.MatchService;
import com.matchcast.prediction.Explanation;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.security.Caller;
import com.matchcast.user.Follows;
import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Upcoming matches with their predictions, prediction histories and the live pushes. */
@Controller
public class PredictionController {

  private static final String CURSOR = "upcoming:";

  private final PredictionService service;
  private final PredictionLedger ledger;
  private final MatchService matches;
  private final EventBus events;
  private final ServingHorizon horizon;
  private final Follows follows;
  private final ReadCache cache;

  public PredictionController(PredictionService service, PredictionLedger ledger, MatchService matches,
      EventBus events, ServingHorizon horizon, Follows follows, ReadCache cache, BatchLoaderRegistry registry) {
    this.cache = cache;
    this.horizon = horizon;
    this.follows = follows;
    this.service = service;
    this.ledger = ledger;
    this.matches = matches;
    this.events = events;
    registry.<Long, List<Prediction>>forName("predictionHistories")
        .registerMappedBatchLoader((matchIds, env) -> histories(matchIds));
    registry.<Long, Explanation>forName("predictionExplanations")
        .registerMappedBatchLoader((predictionIds, env) -> service.explanations(predictionIds));
  }

  @QueryMapping
  public Mono<MatchConnection> upcoming(@Argument List<String> leagues, @Argument OffsetDateTime from,
      @Argument OffsetDateTime to, @Argument Integer first, @Argument String after) {
    int size = Arguments.pageSize("first", first, 50);
    Set<String> wanted = leagues == null ? Set.of() : Set.copyOf(leagues.stream().map(String::toUpperCase).toList());
    List<UpcomingFixture> all = service.upcoming().stream()
        .filter(f -> wanted.isEmpty() || wanted.contains(f.league()))
        .filter(f -> from == null || !f.kickoff().isBefore(from.toInstant()))
        .filter(f -> to == null || f.kickoff().isBefore(to.toInstant()))
        .toList();
    int start = 0;
    if (after != null && after.startsWith(CURSOR)) {
      long afterId = Long.parseLong(after.substring(CURSOR.length()));
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).matchId() == afterId) {
          start = i + 1;
        }
      }
    }
    List<UpcomingFixture> page = all.subList(Math.min(start, all.size()), Math.min(start + size, all.size()));
    int offset = start;
    return matches.matches(page.stream().map(UpcomingFixture::matchId).toList()).map(byId -> {
      List<MatchConnection.MatchEdge> edges = new ArrayList<>();
      for (UpcomingFixture f : page) {
        Match stored = byId.get(f.matchId());
        if (stored != null) {
          edges.add(new MatchConnection.MatchEdge(CURSOR + f.matchId(), beforeKickoff(stored)));
        }
      }
      boolean more = offset + page.size() < all.size();
      return new MatchConnection(all.size(), edges, new MatchConnection.PageInfo(more, offset > 0,
          edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
    });
  }

  @QueryMapping
  public PredictionViews.ServingClock servingClock() {
    MatchClock clock = service.clock();
    Instant now = clock == null ? Instant.now() : clock.now();
    String mode = clock == null ? "STARTING" : clock.isReplay() ? "REPLAY" : "LIVE";
    return new PredictionViews.ServingClock(mode, now.atOffset(ZoneOffset.UTC), clock == null ? 1.0 : clock.speed());
  }

  /**
   * The match's latest prediction made by the serving clock's time (a replay's ledger may hold later
   * ones): the last of its history the clock has reached. The histories of a page of matches come
   * in one batch, through the cache (a new prediction of the match clears its entry).
   */
  @SchemaMapping(typeName = "Match")
  public CompletableFuture<Prediction> prediction(Match match, DataLoader<Long, List<Prediction>> predictionHistories) {
    ServingHorizon.View view = horizon.view();
    return predictionHistories.load(match.id()).thenApply(history -> latestVisible(history, view));
  }

  @SchemaMapping(typeName = "Match")
  public CompletableFuture<List<Prediction>> predictionHistory(Match match,
      DataLoader<Long, List<Prediction>> predictionHistories) {
    ServingHorizon.View view = horizon.view();
    return predictionHistories.load(match.id()).thenApply(history -> history.stream()
        .filter(p -> view.showsEverything() || !p.createdAt().isAfter(view.now())).toList());
  }

  @SchemaMapping(typeName = "Match", field = "explanation")
  public Mono<List<PredictionViews.ExplanationFactor>> matchExplanation(Match match, @Argument Integer limit,
      @Argument String language) {
    ServingHorizon.View view = horizon.view();
    return histories(List.of(match.id())).mapNotNull(byMatch -> latestVisible(byMatch.get(match.id()), view))
        .flatMap(p -> service.explanation(p.id()).map(explanation -> factors(p, explanation, limit, language)));
  }

  private static Prediction latestVisible(List<Prediction> history, ServingHorizon.View view) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (view.showsEverything() || !history.get(i).createdAt().isAfter(view.now())) {
        return history.get(i);
      }
    }
    return null;
  }

  /** Each match's predictions, oldest first; an empty list for a match without any (cached as such). */
  private Mono<Map<Long, List<Prediction>>> histories(Collection<Long> matchIds) {
    return cache.getAll(CacheRegion.PREDICTION_HISTORIES, matchIds, missing -> ledger.histories(missing)
        .collectMultimap(Prediction::matchId)
        .map(found -> {
          Map<Long, List<Prediction>> out = new HashMap<>();
          missing.forEach(id -> out.put(id, List.copyOf(found.getOrDefault(id, List.of()))));
          return out;
        }));
  }

  @SchemaMapping(typeName = "Prediction")
  public Mono<Match> match(Prediction prediction) {
    return matches.match(String.valueOf(prediction.matchId()));
  }

  @SchemaMapping(typeName = "Prediction")
  public Mono<Prediction> previous(Prediction prediction) {
    return prediction.previousId() == 0 ? Mono.empty()
        : ledger.history(prediction.matchId()).filter(p -> p.id() == prediction.previousId()).next();
  }

  @SchemaMapping(typeName = "Prediction")
  public List<Prediction.ScoreProbability> topScores(Prediction prediction, @Argument Integer limit) {
    int n = limit == null ? 5 : Math.max(0, Math.min(limit, prediction.topScores().size()));
    return prediction.topScores().subList(0, n);
  }

  /** Largest cut of the exact-score grid a client may ask for: the served grids' own size. */
  static final int MAX_GRID_GOALS = 10;

  /**
   * The exact-score grid the prediction was made with: carried by a prediction this instance just
   * made, else read from what the ledger kept with it. Nothing is recomputed from later data.
   */
  @SchemaMapping(typeName = "Prediction")
  public Mono<PredictionViews.ScoreGrid> scoreGrid(Prediction prediction, @Argument Integer maxGoals) {
    int n = maxGoals == null ? 5 : maxGoals;
    if (n < 0 || n > MAX_GRID_GOALS) {
      return Mono.error(new com.matchcast.api.InvalidArgumentException(
          "'maxGoals' must be between 0 and " + MAX_GRID_GOALS + ", got " + n + "."));
    }
    Mono<com.matchcast.goals.ScoreGridParameters> parameters = prediction.scoreGrid() != null
        ? Mono.just(prediction.scoreGrid()) : ledger.scoreGrid(prediction.id());
    return parameters.map(kept -> PredictionViews.ScoreGrid.of(kept.grid(), n));
  }

  @SchemaMapping(typeName = "Prediction")
  public PredictionViews.OverUnder overUnder25(Prediction p) {
    return new PredictionViews.OverUnder(p.over25(), 1 - p.over25());
  }

  @SchemaMapping(typeName = "Prediction")
  public PredictionViews.YesNo bothTeamsToScore(Prediction p) {
    return new PredictionViews.YesNo(p.bothTeamsToScore(), 1 - p.bothTeamsToScore());
  }

  @SchemaMapping(typeName = "Prediction")
  public PredictionViews.Outcomes fairOdds(Prediction p) {
    return new PredictionViews.Outcomes(1 / p.homeWin(), 1 / p.draw(), 1 / p.awayWin());
  }

  @SchemaMapping(typeName = "Prediction")
  public PredictionViews.MarketView market(Prediction p) {
    Prediction.MarketView m = p.market();
    if (m == null) {
      return null;
    }
    double[] model = p.probabilities();
    double[] market = {m.homeWin(), m.draw(), m.awayWin()};
    int favoured = model[0] >= model[1] && model[0] >= model[2] ? 0 : model[1] >= model[2] ? 1 : 2;
    return new PredictionViews.MarketView(m.homeWin(), m.draw(), m.awayWin(), m.margin(),
        model[favoured] - market[favoured],
        new PredictionViews.Outcomes(model[0] - market[0], model[1] - market[1], model[2] - market[2]));
  }

  /**
   * The factors, largest first; {@code contribution} is the effect in percentage points on the
   * outcome the forecast favours.
   */
  @SchemaMapping(typeName = "Prediction")
  public CompletableFuture<List<PredictionViews.ExplanationFactor>> explanation(Prediction p, @Argument Integer limit,
      @Argument String language, DataLoader<Long, Explanation> predictionExplanations) {
    return predictionExplanations.load(p.id())
        .thenApply(explanation -> explanation == null ? null : factors(p, explanation, limit, language));
  }

  private static List<PredictionViews.ExplanationFactor> factors(Prediction p, Explanation explanation, Integer limit,
      String language) {
    double[] probabilities = p.probabilities();
    int favoured = probabilities[0] >= probabilities[1] && probabilities[0] >= probabilities[2] ? 0
        : probabilities[1] >= probabilities[2] ? 1 : 2;
    boolean chinese = "ZH".equalsIgnoreCase(language);
    List<PredictionViews.ExplanationFactor> out = new ArrayList<>();
    for (Explanation.FactorEffect f : explanation.factors()) {
      out.add(new PredictionViews.ExplanationFactor(f.key(), chinese ? f.chinese() : f.english(),
          100 * f.on(favoured), new PredictionViews.Outcomes(100 * f.on(0), 100 * f.on(1), 100 * f.on(2)),
          describe(f, favoured, chinese)));
    }
    int n = limit == null ? out.size() : Math.max(0, Math.min(limit, out.size()));
    return out.subList(0, n);
  }

  private static final String[] OUTCOMES_EN = {"a home win", "a draw", "an away win"};
  private static final String[] OUTCOMES_ZH = {"主胜", "平局", "客胜"};

  /**
   * One factor in words. Built by concatenation: String.format, parsing its pattern for each of the
   * 250 factors of a 50-match page, was a visible part of the page's profile.
   */
  /** As {@code %.1f} writes it (half up, from the double's shortest decimal form), without parsing a pattern. */
  static String oneDecimal(double value) {
    if (!Double.isFinite(value)) {
      return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
    return java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static String describe(Explanation.FactorEffect f, int favoured, boolean chinese) {
    double points = 100 * f.on(favoured);
    String size = oneDecimal(Math.abs(points));
    if (chinese) {
      return f.chinese() + "使" + OUTCOMES_ZH[favoured] + "的概率" + (points >= 0 ? "提高" : "降低") + " " + size + " 个百分点";
    }
    return f.english() + " " + (points >= 0 ? "raises" : "lowers") + " the chance of " + OUTCOMES_EN[favoured] + " by "
        + size + " points";
  }

  @SchemaMapping(typeName = "Prediction")
  public OffsetDateTime createdAt(Prediction p) {
    return p.createdAt().atOffset(ZoneOffset.UTC);
  }

  @SchemaMapping(typeName = "Prediction")
  public String modelVersion(Prediction p) {
    return String.valueOf(p.modelVersion());
  }

  /** With followed: true, only the subscriber's clubs and leagues; that needs a token in connection_init. */
  @SubscriptionMapping
  public Flux<Prediction> predictionUpdated(@Argument List<String> matchIds, @Argument List<String> leagues,
      @Argument Boolean followed, DataFetchingEnvironment environment) {
    Set<String> ids = matchIds == null ? Set.of() : Set.copyOf(matchIds);
    Set<String> wanted = leagues == null ? Set.of() : Set.copyOf(leagues.stream().map(String::toUpperCase).toList());
    Flux<Prediction> selected = pushed(PredictionMade.class).map(PredictionMade::prediction)
        .filter(p -> ids.isEmpty() || ids.contains(String.valueOf(p.matchId())))
        .filter(p -> wanted.isEmpty() || wanted.contains(p.league()));
    if (!Boolean.TRUE.equals(followed)) {
      return selected;
    }
    Caller caller = Caller.of(environment);
    if (!caller.authenticated()) {
      throw new AuthenticationCredentialsNotFoundException("predictionUpdated(followed: true) needs a signed-in"
          + " user: send {\"Authorization\": \"Bearer <token>\"} in connection_init.");
    }
    if (!caller.signedIn()) {
      throw new AccessDeniedException("predictionUpdated(followed: true) follows a signed-in user's clubs; the token"
          + " of " + caller.name() + " is a client-credentials token, which names no user.");
    }
    return follows.onlyFollowed(caller.userId(), selected, Prediction::matchId, Prediction::league);
  }

  /** Each prediction the ledger scores from now on, of these matches or leagues (none given: all). */
  @SubscriptionMapping
  public Flux<Prediction> predictionScored(@Argument List<String> matchIds, @Argument List<String> leagues) {
    Set<String> ids = matchIds == null ? Set.of() : Set.copyOf(matchIds);
    Set<String> wanted = leagues == null ? Set.of() : Set.copyOf(leagues.stream().map(String::toUpperCase).toList());
    return pushed(PredictionScored.class).map(PredictionScored::prediction)
        .filter(p -> ids.isEmpty() || ids.contains(String.valueOf(p.matchId())))
        .filter(p -> wanted.isEmpty() || wanted.contains(p.league()));
  }

  @SubscriptionMapping
  public Flux<PredictionViews.MatchUpdate> matchUpdated(@Argument List<String> leagues) {
    Set<String> wanted = leagues == null ? Set.of() : Set.copyOf(leagues.stream().map(String::toUpperCase).toList());
    return pushed(MatchUpdated.class).filter(u -> wanted.isEmpty() || wanted.contains(u.league()))
        .map(u -> new PredictionViews.MatchUpdate(String.valueOf(u.matchId()), u.league(), u.homeTeam(), u.awayTeam(),
            u.status().name(), u.homeGoals(), u.awayGoals(), u.at().atOffset(ZoneOffset.UTC)));
  }

  @SubscriptionMapping
  public Flux<PredictionViews.OddsMove> oddsMoved(@Argument String matchId) {
    return pushed(OddsMoved.class).filter(o -> matchId == null || matchId.equals(String.valueOf(o.matchId())))
        .map(o -> new PredictionViews.OddsMove(String.valueOf(o.matchId()), o.league(), o.homeTeam(), o.awayTeam(),
            outcomes(o.market()), outcomes(o.previous()), Double.isNaN(o.largestMove()) ? null : o.largestMove(),
            o.closing(), o.quotes(), o.at().atOffset(ZoneOffset.UTC)));
  }

  /**
   * A subscriber's stream of events, handed over to the parallel workers: the publisher (the
   * refresh's tick) goes on at once instead of running every subscriber's selection and write
   * itself, and thousands of subscribers are served by every core, not by the publishing thread alone.
   */
  private <T extends com.matchcast.events.MatchcastEvent> Flux<T> pushed(Class<T> type) {
    return events.on(type).publishOn(Schedulers.parallel(), 16);
  }

  private static PredictionViews.Outcomes outcomes(Prediction.MarketView m) {
    return m == null ? null : new PredictionViews.Outcomes(m.homeWin(), m.draw(), m.awayWin());
  }

  /** An upcoming match as known before kick-off: a replay's store already holds its result. */
  private static Match beforeKickoff(Match m) {
    return new Match(m.id(), m.leagueId(), m.season(), m.date(), m.kickoff(), MatchStatus.SCHEDULED, m.homeTeamId(),
        m.awayTeamId(), null, null, null, null, m.referee(), m.venue(), null);
  }
}
