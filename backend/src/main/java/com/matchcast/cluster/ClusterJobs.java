package com.matchcast.cluster;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Where the scheduled work runs when several instances share one store and one Redis: each run of
 * a job (a collector's sync, a retraining) on exactly one of them, and the prediction refresh on
 * the one instance that leads it. Alone (no Redis configured), everything runs here.
 */
public interface ClusterJobs {

  /** Retraining, scheduled or asked for by an admin: one run at a time across the instances. */
  String TRAINING = "training";

  /** A collector's runs, scheduled or asked for by an admin. */
  static String collector(String source) {
    return "collector-" + source;
  }

  /**
   * Runs the job here unless another instance is running it (or, when Redis cannot be asked, in
   * case one is). Emits true once the job has run here, false when it was left to another.
   */
  Mono<Boolean> runOnce(String job, Supplier<Mono<?>> run);

  /**
   * Whether this instance leads the continuous work named {@code role} now, taking the lead when
   * nobody holds it. While Redis cannot be asked, the answer stays what it last was.
   */
  Mono<Boolean> leads(String role);

  /**
   * Starts the job unless it is running (here or on another instance), without waiting for it to
   * end: for an admin's request, answered as soon as it is known whether the run started. Emits
   * true once the run has started here, false when it was already running. The run's own failure
   * is the run's to report (training and collectors record theirs).
   */
  default Mono<Boolean> start(String job, Supplier<Mono<?>> run) {
    return Mono.defer(() -> {
      Sinks.One<Boolean> started = Sinks.one();
      runOnce(job, () -> {
        started.tryEmitValue(true);
        return run.get();
      }).subscribe(ran -> started.tryEmitValue(false), started::tryEmitError);
      return started.asMono();
    });
  }
}
