package com.matchcast.serving;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.LeaderReactions;
import com.matchcast.config.Crons;
import com.matchcast.ingest.footballdata.StartupImportDone;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.training.PromotionRule;
import com.matchcast.training.TrainingRequest;
import com.matchcast.training.TrainingJob;
import com.matchcast.training.TrainingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What {@code serve} does once the start-up import is done: choose live or replay (and say so),
 * make sure a model fit for that mode is served (a replay's first model is trained on matches
 * before the replay and served whatever the promotion rule says), then keep predictions going on
 * the serving clock. Among several instances one leads the prediction refresh (records and
 * publishes); the others follow it, keeping their own view of what is upcoming (see
 * {@link PredictionService#follow}) and ready to take over.
 */
@Component
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class ServingStartup {

  private static final Logger log = LoggerFactory.getLogger(ServingStartup.class);
  /** A replay starts this long before the first match of its season, so fixtures and prices are seen arriving. */
  private static final int DAYS_BEFORE_FIRST_MATCH = 2;

  private final DatabaseClient db;
  private final ModelRegistry registry;
  private final TrainingJob training;
  private final TrainingProperties trainingProperties;
  private final ServingProperties properties;
  private final PredictionService predictions;
  private final Clock real;
  private final ClusterJobs jobs;
  /** The continuous job only one instance does: recording predictions and publishing what the clock shows. */
  private volatile Disposable ticking;
  private final java.util.concurrent.atomic.AtomicBoolean starting = new java.util.concurrent.atomic.AtomicBoolean();
  private final reactor.core.publisher.Sinks.Empty<Void> importComplete = reactor.core.publisher.Sinks.empty();

  public ServingStartup(DatabaseClient db, ModelRegistry registry, TrainingJob training,
      TrainingProperties trainingProperties, ServingProperties properties, PredictionService predictions,
      ClusterJobs jobs) {
    this.jobs = jobs;
    this.db = db;
    this.registry = registry;
    this.training = training;
    this.trainingProperties = trainingProperties;
    this.properties = properties;
    this.predictions = predictions;
    this.real = Clock.systemUTC();
  }

  /**
   * Serving starts once the start-up import is done: the first model trains while the service
   * reads the store; the clock runs once that model is served.
   */
  @EventListener
  public void afterStartupImport(StartupImportDone done) {
    if (done.complete()) {
      importComplete.tryEmitEmpty();
    }
    if (!starting.compareAndSet(false, true)) {
      return;
    }
    clock().subscribe(clock -> {
      // the first model trains while the service reads the store and warms its feature state
      firstModel(clock).subscribe(trained -> { }, error -> log.error("First model failed: {}", error.toString()));
      predictions.start(clock, importComplete.asMono()).subscribe(nothing -> { }, error -> {
        starting.set(false);
        log.error("Predictions not started: {}", error.toString());
      }, () -> serve(clock));
    }, error -> {
      starting.set(false);
      log.error("Predictions not started: {}", error.toString());
    });
  }

  /** Ticks on the clock, and runs it once a model may serve it. */
  private void serve(MatchClock clock) {
    // a recompute asked for (by an admin here or on another instance) is done at once, not at the next tick
    ticking = Flux.merge(Flux.interval(properties.tick(), Schedulers.boundedElastic()),
            predictions.recomputeMarked().publishOn(Schedulers.boundedElastic()).map(league -> 0L))
        .onBackpressureDrop()
        .concatMap(tick -> jobs.leads(LeaderReactions.PREDICTION_REFRESH)
            .flatMap(leading -> leading ? predictions.tick() : predictions.follow()).onErrorResume(e -> {
          log.error("Prediction tick failed; the next one tries again: {}", e.toString());
          return Mono.empty();
        }), 1)
        .subscribe();
    // A replay stands still until a model may serve it, so that no match of it goes unforecast; it
    // starts as soon as one is promoted, while training still stores its rating histories.
    Flux.interval(Duration.ZERO, properties.tick())
        .onBackpressureDrop()
        .concatMap(beat -> servable(clock), 1)
        .filter(ready -> ready)
        .next()
        .subscribe(ready -> {
          clock.run();
          log.info("Serving clock running from {}", clock.now());
        }, error -> log.error("The serving clock could not start: {}", error.toString()));
  }

  /** The serving clock, in the configured mode or, on AUTO, the mode the store calls for. */
  Mono<MatchClock> clock() {
    List<String> leagues = trainingProperties.leagues();
    return upcomingFixtures(leagues).flatMap(upcoming -> {
      ServingMode mode = properties.mode() != ServingMode.AUTO ? properties.mode()
          : upcoming > 0 ? ServingMode.LIVE : ServingMode.REPLAY;
      if (mode == ServingMode.LIVE) {
        log.info("Serving mode: LIVE ({} upcoming fixtures of {} stored){}", upcoming, leagues,
            properties.mode() == ServingMode.AUTO ? ", chosen because the store holds upcoming fixtures" : "");
        return Mono.just(MatchClock.live(real));
      }
      return replayStart(leagues).map(from -> {
        log.info("Serving mode: REPLAY from {} at {}x ({} ){}", from, properties.replaySpeed(),
            "one simulated hour every " + String.format("%.1f", 3600 / properties.replaySpeed()) + " s",
            properties.mode() == ServingMode.AUTO ? ", chosen because no source gives upcoming fixtures" : "");
        MatchClock clock = MatchClock.replay(real, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
            properties.replaySpeed());
        training.trainBefore(clock::today);
        return clock;
      });
    });
  }

  /**
   * A model this mode may serve, trained when none is, or when a replay's would have seen its
   * period. The first is a quick one (see {@link TrainingRequest#quick}), served whatever the
   * promotion rule says so that predictions start sooner; the full model follows once the whole
   * start-up import is stored and the first forecasts are out, and replaces it if the rule says so.
   */
  private Mono<Void> firstModel(MatchClock clock) {
    if (!Crons.isOn(trainingProperties.cron())) {
      return Mono.empty();
    }
    LocalDate start = clock.isReplay() ? LocalDate.ofInstant(clock.replayStart(), ZoneOffset.UTC) : null;
    return registry.promoted()
        .filter(served -> start == null || served.trainedTo().isBefore(start))
        .hasElement()
        .flatMap(fit -> {
          if (fit) {
            return Mono.empty();
          }
          log.info("Training a quick first model{}, then the full one",
              start == null ? "" : " on matches before the replay's start " + start);
          TrainingRequest request = trainingProperties.request();
          // before(null, ...) keeps every stored match: the live case
          TrainingRequest quick = request.before(start, PromotionRule.ALWAYS).quick();
          TrainingRequest full = request.before(start, request.promotion());
          // the full model waits for the whole import and for the first forecasts, which it would slow down
          // one instance trains them; the others serve what it promotes
          return jobs.runOnce("training", () -> training.launch(quick).then(importComplete.asMono())
              .then(predictions.firstForecasts()).then(Mono.defer(() -> training.launch(full)))).then();
        });
  }

  /** Whether a model this clock may use is served. */
  private Mono<Boolean> servable(MatchClock clock) {
    LocalDate start = clock.isReplay() ? LocalDate.ofInstant(clock.replayStart(), ZoneOffset.UTC) : null;
    return registry.promoted().map(served -> start == null || served.trainedTo().isBefore(start))
        .defaultIfEmpty(false)
        .onErrorReturn(false);
  }

  private Mono<Long> upcomingFixtures(List<String> leagues) {
    return db.sql("SELECT COUNT(*) AS n FROM matches m JOIN league l ON l.id = m.league_id"
            + " WHERE m.status = 'SCHEDULED' AND m.match_date >= :today AND l.code IN (:leagues)")
        .bind("today", LocalDate.now(real)).bind("leagues", leagues)
        .map(row -> row.get("n", Number.class).longValue()).one();
  }

  /** The configured day, else shortly before the first match of the last season whose matches are all played. */
  private Mono<LocalDate> replayStart(List<String> leagues) {
    if (properties.replayFrom() != null) {
      return Mono.just(properties.replayFrom());
    }
    return db.sql("SELECT s.code, MIN(m.match_date) AS first_day FROM matches m JOIN league l ON l.id = m.league_id"
            + " JOIN season s ON s.id = m.season_id WHERE l.code IN (:leagues) GROUP BY s.code"
            + " HAVING SUM(CASE WHEN m.status = 'FINISHED' THEN 0 ELSE 1 END) = 0 ORDER BY s.code DESC LIMIT 1")
        .bind("leagues", leagues)
        .map(row -> row.get("first_day", LocalDate.class).minusDays(DAYS_BEFORE_FIRST_MATCH))
        .one()
        .switchIfEmpty(Mono.error(new IllegalStateException("no complete season of " + leagues
            + " is stored to replay; import one (import --dir ...) or run with MATCHCAST_MODE=live")));
  }

  @jakarta.annotation.PreDestroy
  public void stop() {
    if (ticking != null) {
      ticking.dispose();
    }
    predictions.stop();
  }
}
