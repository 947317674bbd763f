package com.matchcast.cluster;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * A single instance (no Redis configured): every job runs here, one run of each at a time, and this
 * instance leads everything.
 */
public class LocalClusterJobs implements ClusterJobs {

  private final JobRuns runs;
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  public LocalClusterJobs(JobRuns runs) {
    this.runs = runs;
  }

  /** A job still running here is not started again (a scheduled turn and an admin's request at once). */
  @Override
  public Mono<Boolean> runOnce(String job, Supplier<Mono<?>> run) {
    return Mono.defer(() -> {
      if (!running.add(job)) {
        runs.count(job, JobRuns.Outcome.SKIPPED);
        return Mono.just(false);
      }
      runs.count(job, JobRuns.Outcome.RAN);
      return Mono.defer(run).then(Mono.just(true)).doFinally(signal -> running.remove(job));
    });
  }

  @Override
  public Mono<Boolean> leads(String role) {
    return Mono.just(true);
  }
}
