package com.matchcast.training;

import java.time.LocalDate;
import java.util.function.Supplier;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The backend's retraining run: one at a time, in the background. The fitting itself runs on the
 * model executor (see {@link ModelTrainer}), never on the event loop, so the API keeps answering
 * while a version trains. A run that fails leaves the version that was served serving: a failed
 * fit registers nothing, and only a registered version that passed its {@link PromotionRule} is
 * ever promoted.
 */
@Component
public class TrainingJob {

  private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

  private final ModelTrainer trainer;
  private final TrainingProperties properties;
  private final AtomicBoolean running = new AtomicBoolean();
  private volatile Supplier<LocalDate> cutoff = () -> null;

  public TrainingJob(ModelTrainer trainer, TrainingProperties properties) {
    this.trainer = trainer;
    this.properties = properties;
  }

  /**
   * Starts a run without waiting for it. Returns the run, already subscribed (so it goes on
   * whether or not the caller listens), or empty when a run is still going.
   */
  public Mono<TrainingResult> launch() {
    LocalDate before = cutoff.get();
    TrainingRequest request = properties.request();
    return launch(before == null ? request : request.before(before, request.promotion()));
  }

  /**
   * Where scheduled retrains stop: nowhere when serving live; the replay's current day when
   * replaying, so that no model ever sees the part of the period not yet replayed.
   */
  public void trainBefore(Supplier<LocalDate> cutoff) {
    this.cutoff = cutoff;
  }

  /** The same for a request of the caller's (a replay trains on what came before it). */
  public Mono<TrainingResult> launch(TrainingRequest request) {
    if (!running.compareAndSet(false, true)) {
      log.info("Training still running; this turn is skipped");
      return Mono.empty();
    }
    log.info("Training started: {}, window {}, promotion {}{}", request.leagues(), request.trainingWindow(),
        request.promotion().mode(), request.before() == null ? "" : ", on matches before " + request.before());
    // the job is free again before the outcome reaches anyone, so whoever hears of it can start the next run
    Mono<TrainingResult> run = Mono.defer(() -> trainer.train(request))
        .doOnSuccess(result -> {
          running.set(false);
          log.info("Training done: version {} {}, trained on {} matches ({} to {})", result.versionId(),
              result.promoted() ? "promoted" : "registered, not promoted", result.trainingMatches(),
              result.trainedFrom(), result.trainedTo());
        })
        .doOnError(error -> {
          running.set(false);
          log.error("Training failed, the served version stays: {}", error.getMessage());
        })
        .cache();
    run.subscribe(result -> { }, error -> { });
    return run;
  }

  public boolean isRunning() {
    return running.get();
  }
}
