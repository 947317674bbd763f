package com.matchcast.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * matchcast_job_runs_total{job, outcome}: what each scheduled turn of a job came to on this
 * instance. Summed over the instances, each turn counts one "ran" and, per other instance, one
 * "skipped".
 */
public class JobRuns {

  public enum Outcome {
    /** Run here. */
    RAN,
    /** Another instance held the job's lock. */
    SKIPPED,
    /** Redis did not answer: not run, in case another instance runs it. */
    UNREACHABLE
  }

  private final MeterRegistry registry;

  public JobRuns(MeterRegistry registry) {
    this.registry = registry;
  }

  void count(String job, Outcome outcome) {
    Counter.builder("matchcast.job.runs")
        .description("Scheduled job turns on this instance, by what they came to")
        .tag("job", job)
        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }
}
