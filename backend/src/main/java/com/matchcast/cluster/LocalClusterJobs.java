package com.matchcast.cluster;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** A single instance (no Redis configured): every job runs here and this instance leads everything. */
public class LocalClusterJobs implements ClusterJobs {

  private final JobRuns runs;

  public LocalClusterJobs(JobRuns runs) {
    this.runs = runs;
  }

  @Override
  public Mono<Boolean> runOnce(String job, Supplier<Mono<?>> run) {
    return Mono.defer(run).then(Mono.fromCallable(() -> {
      runs.count(job, JobRuns.Outcome.RAN);
      return true;
    }));
  }

  @Override
  public Mono<Boolean> leads(String role) {
    return Mono.just(true);
  }
}
