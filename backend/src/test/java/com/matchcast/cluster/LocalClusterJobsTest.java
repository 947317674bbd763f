package com.matchcast.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** One instance alone: a job still running (a scheduled turn, an admin's request) is not started again. */
class LocalClusterJobsTest {

  private static final Duration WAIT = Duration.ofSeconds(5);

  @Test
  void aRunningJobIsNotStartedTwiceAndIsFreeOnceItEnds() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    LocalClusterJobs jobs = new LocalClusterJobs(new JobRuns(meters));
    Sinks.Empty<Void> finish = Sinks.empty();

    Mono<Boolean> scheduled = jobs.runOnce("training", finish::asMono).cache();
    scheduled.subscribe();
    Boolean asked = jobs.start("training", () -> Mono.error(new AssertionError("must not run"))).block(WAIT);
    Boolean otherJob = jobs.start("collector-alpha", Mono::empty).block(WAIT);
    finish.tryEmitEmpty();

    assertThat(asked).isFalse();
    assertThat(otherJob).as("other jobs are not held up").isTrue();
    assertThat(scheduled.block(WAIT)).isTrue();
    assertThat(jobs.start("training", Mono::empty).block(WAIT)).isTrue();
    assertThat(meters.get("matchcast.job.runs").tag("job", "training").tag("outcome", "skipped").counter().count())
        .isEqualTo(1.0);
    assertThat(meters.get("matchcast.job.runs").tag("job", "training").tag("outcome", "ran").counter().count())
        .isEqualTo(2.0);
  }

  @Test
  void aFailedRunFreesTheJob() {
    LocalClusterJobs jobs = new LocalClusterJobs(new JobRuns(new SimpleMeterRegistry()));

    assertThat(jobs.runOnce("training", () -> Mono.error(new IllegalStateException("no data"))).onErrorReturn(false)
        .block(WAIT)).isFalse();
    assertThat(jobs.start("training", Mono::empty).block(WAIT)).isTrue();
  }
}
