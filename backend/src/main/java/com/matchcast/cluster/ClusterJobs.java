package com.matchcast.cluster;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Where the scheduled work runs when several instances share one store and one Redis: each run of
 * a job (a collector's sync, a retraining) on exactly one of them, and the prediction refresh on
 * the one instance that leads it. Alone (no Redis configured), everything runs here.
 */
public interface ClusterJobs {

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
}
