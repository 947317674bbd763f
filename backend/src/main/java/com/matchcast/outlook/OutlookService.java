package com.matchcast.outlook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.LeaderReactions;
import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.outlook.persistence.OutlookQueries;
import com.matchcast.outlook.persistence.OutlookStore;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.serving.KickoffBound;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.serving.ServingHorizon;
import com.matchcast.serving.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Season outlooks on the serving clock. Each is made from what the clock shows at its moment:
 * results known by then, predictions made by then, and a goal model fitted on results before that
 * day; nothing later reaches it. While serving, the league's outlook is computed again after every
 * result and when its first predictions are made (before matchday 1 too), stored, and pushed.
 */
@Service
public class OutlookService extends LeaderReactions {

  private static final Logger log = LoggerFactory.getLogger(OutlookService.class);
  private static final Map<String, String> DIVISION_BELOW = Map.of("E0", "E1", "SP1", "SP2", "D1", "D2",
      "I1", "I2", "F1", "F2", "E1", "E2");

  private final OutlookQueries queries;
  private final OutlookStore store;
  private final PredictionLedger ledger;
  private final ServingHorizon horizon;
  private final OutlookSettings settings;
  private final EventBus events;
  private final Clock clock;
  private final Cache<String, GoalModel> goalModels = Caffeine.newBuilder().maximumSize(16).build();
  private final Set<String> leaguesWithPredictions = ConcurrentHashMap.newKeySet();

  public OutlookService(OutlookQueries queries, OutlookStore store, PredictionLedger ledger, ServingHorizon horizon,
      OutlookSettings settings, EventBus events, ClusterJobs jobs, ObjectProvider<Clock> clock) {
    // the instance that leads the prediction refresh (serving.ServingStartup) recomputes outlooks too
    super(jobs, PREDICTION_REFRESH);
    this.queries = queries;
    this.store = store;
    this.ledger = ledger;
    this.horizon = horizon;
    this.settings = settings;
    this.events = events;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * The outlook of the league season as of {@code asOf} (now when null or later than the clock):
   * the latest stored one computed for that moment or before, else one computed now for it (not
   * stored). Season: the league's season in play when null. Empty when the league has no season.
   */
  public Mono<LeagueOutlook> outlook(String league, String season, Instant asOf) {
    Moment moment = moment(asOf);
    return season(league, season, moment)
        .flatMap(code -> store.latest(league, code, moment.at()).switchIfEmpty(compute(league, code, moment)));
  }

  /** The club's line in every stored outlook up to the clock's now, oldest first. */
  public Flux<ClubOutlook> history(long teamId, String league, String season) {
    return store.history(teamId, league, season, moment(null).at());
  }

  /** Outlooks of the league as they are stored. */
  public Flux<LeagueOutlook> updates(String league) {
    return events.on(OutlookUpdated.class).filter(u -> u.league().equals(league))
        .concatMap(u -> store.find(u.outlookId()));
  }

  /**
   * Computes the league's outlook now, stores it and pushes it; unless the latest stored one of the
   * season counted as many results (a burst of events, or a restart, asks again for what is known).
   */
  public Mono<LeagueOutlook> recompute(String league) {
    Moment moment = moment(null);
    long started = System.nanoTime();
    return season(league, null, moment)
        .flatMap(season -> compute(league, season, moment))
        .filterWhen(outlook -> store.latest(league, outlook.season(), moment.at())
            .map(stored -> stored.resultsKnown() != outlook.resultsKnown()).defaultIfEmpty(true))
        .flatMap(outlook -> store.save(outlook, clock.instant()))
        .doOnNext(saved -> {
          log.debug("season outlook {} {} as of {}: {} results known, {} matches left ({} forecast), {} ms",
              saved.league(), saved.season(), saved.asOf(), saved.resultsKnown(), saved.remainingMatches(),
              saved.forecastMatches(), (System.nanoTime() - started) / 1_000_000);
          events.publish(new OutlookUpdated(saved.id(), saved.league(), saved.season()));
        });
  }

  Mono<LeagueOutlook> compute(String league, String season, Moment moment) {
    return queries.seasonMatches(league, season).collectList()
        .filter(matches -> !matches.isEmpty())
        .flatMap(matches -> Mono.zip(predictions(matches, moment), goalModel(league, moment))
            .publishOn(Schedulers.boundedElastic())
            .map(inputs -> simulate(league, season, moment,
                SeasonInputs.of(matches, moment.results(), inputs.getT1(), inputs.getT2(),
                    deductions(league, season, moment)))));
  }

  private LeagueOutlook simulate(String league, String season, Moment moment, SeasonInputs inputs) {
    SimulationSettings simulation = settings.simulation();
    SeasonOutlook outlook = SeasonSimulator.simulate(inputs.table(), inputs.fixtures(), LeagueRules.of(league),
        simulation);
    List<ClubOutlook> clubs = new java.util.ArrayList<>();
    for (int c = 0; c < inputs.clubs().size(); c++) {
      clubs.add(new ClubOutlook(inputs.clubs().get(c), league, season, moment.at(), inputs.table().points(c),
          inputs.table().played(c), outlook.expectedPoints(c),
          java.util.Arrays.stream(outlook.positionProbabilities(c)).boxed().toList()));
    }
    clubs.sort(java.util.Comparator.comparingDouble(ClubOutlook::expectedPoints).reversed()
        .thenComparing(c -> c.team().name()));
    return new LeagueOutlook(0, league, season, moment.at(), simulation.simulations(), simulation.strengthSpread(),
        simulation.seed(), inputs.resultsKnown(), inputs.forecastMatches(), inputs.fixtures().size(), clubs);
  }

  /** The latest prediction made by the moment of each match not known to be played. */
  private Mono<Map<Long, Prediction>> predictions(List<OutlookQueries.SeasonMatch> matches, Moment moment) {
    List<Long> open = matches.stream()
        .filter(m -> !(m.status() == MatchStatus.FINISHED
            && moment.results().admits(Visibility.kickoff(m.date(), m.kickoffUtc()))))
        .filter(m -> moment.fixtures().admits(Visibility.kickoff(m.date(), m.kickoffUtc())))
        .map(OutlookQueries.SeasonMatch::id).toList();
    if (open.isEmpty()) {
      return Mono.just(Map.of());
    }
    return ledger.histories(open).filter(p -> !p.createdAt().isAfter(moment.at()))
        .collectMap(Prediction::matchId, p -> p, HashMap::new)
        .map(latest -> (Map<Long, Prediction>) latest);
  }

  private Mono<GoalModel> goalModel(String league, Moment moment) {
    LocalDate day = LocalDate.ofInstant(moment.at(), ZoneOffset.UTC);
    String key = league + "|" + day + "|" + (moment.results().latest() == null);
    GoalModel known = goalModels.getIfPresent(key);
    if (known != null) {
      return Mono.just(known);
    }
    List<String> leagues = DIVISION_BELOW.containsKey(league) ? List.of(league, DIVISION_BELOW.get(league))
        : List.of(league);
    return queries.results(leagues, day.minusYears(settings.goalModelYears()), day, moment.results()).collectList()
        .publishOn(Schedulers.boundedElastic())
        .map(results -> GoalModel.fittedOn(results, day))
        .doOnNext(model -> goalModels.put(key, model));
  }

  private Map<String, Integer> deductions(String league, String season, Moment moment) {
    LocalDate day = LocalDate.ofInstant(moment.at(), ZoneOffset.UTC);
    Map<String, Integer> points = new HashMap<>();
    for (OutlookSettings.Deduction d : settings.deductions()) {
      if (d.league().equals(league) && d.season().equals(season) && (d.from() == null || !d.from().isAfter(day))) {
        points.merge(d.team().toLowerCase(Locale.ROOT), d.points(), Integer::sum);
      }
    }
    return points;
  }

  private Mono<String> season(String league, String season, Moment moment) {
    return season != null ? Mono.just(season) : queries.seasonInPlay(league, moment.fixtures());
  }

  /**
   * What an outlook may see: the moment, and the matches whose result and fixture are known then.
   * Live (the horizon shows everything) an outlook of now sees all that is stored.
   */
  Moment moment(Instant asOf) {
    ServingHorizon.View view = horizon.view();
    Instant now = view.showsEverything() ? clock.instant() : view.now();
    Instant at = asOf == null || asOf.isAfter(now) ? now : asOf;
    if (view.showsEverything() && asOf == null) {
      return new Moment(at, KickoffBound.NONE, KickoffBound.NONE);
    }
    return new Moment(at, new KickoffBound(Visibility.resultsUntil(at)), new KickoffBound(Visibility.fixturesUntil(at)));
  }

  record Moment(Instant at, KickoffBound results, KickoffBound fixtures) {}

  @Override
  protected Flux<?> reactions() {
    if (!settings.enabled()) {
      return null;
    }
    Flux<String> finished = events.on(MatchUpdated.class).filter(u -> u.status() == MatchStatus.FINISHED)
        .map(MatchUpdated::league);
    Flux<String> firstPredictions = events.on(PredictionMade.class).map(PredictionMade::league)
        .filter(leaguesWithPredictions::add);
    // one computation per league at a time; results that come while one runs are folded into the next
    return Flux.merge(finished, firstPredictions)
        .groupBy(league -> league)
        .flatMap(requests -> requests.onBackpressureLatest().concatMap(league ->
            ifLeading(() -> recompute(league), "season outlook of " + league + " not computed"), 1));
  }
}
