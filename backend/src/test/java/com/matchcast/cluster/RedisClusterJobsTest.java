package com.matchcast.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Two instances (two Redisson clients) taking job locks in the real Redis of this machine, under
 * lock names of this test's own: a job runs on one of them at a time, a crashed holder's lock
 * lapses after the lease, and the prediction refresh has one leader that hands over when it stops.
 */
class RedisClusterJobsTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final String prefix = "matchcast:test:" + UUID.randomUUID() + ":job:";
  private final List<RedissonClient> clients = new ArrayList<>();

  @AfterEach
  void disconnect() {
    clients.stream().filter(client -> !client.isShutdown()).forEach(RedissonClient::shutdown);
  }

  @Test
  void aJobRunningOnOneInstanceIsSkippedOnTheOtherThenRunsAgainOnceDone() {
    SimpleMeterRegistry metersA = new SimpleMeterRegistry();
    SimpleMeterRegistry metersB = new SimpleMeterRegistry();
    RedisClusterJobs a = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, metersA);
    RedisClusterJobs b = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, metersB);
    Sinks.Empty<Void> finish = Sinks.empty();

    Mono<Boolean> onA = a.runOnce("collector-alpha", finish::asMono).cache();
    onA.subscribe();
    awaitLocked("collector-alpha");
    Boolean onB = b.runOnce("collector-alpha", () -> Mono.error(new AssertionError("must not run"))).block(WAIT);
    finish.tryEmitEmpty();

    assertThat(onB).isFalse();
    assertThat(onA.block(WAIT)).isTrue();
    awaitUnlocked("collector-alpha");
    assertThat(b.runOnce("collector-alpha", Mono::empty).block(WAIT)).as("free again once a's run ended").isTrue();
    assertThat(metersA.get("matchcast.job.runs").tag("job", "collector-alpha").tag("outcome", "ran").counter()
        .count()).isEqualTo(1.0);
    assertThat(metersB.get("matchcast.job.runs").tag("job", "collector-alpha").tag("outcome", "skipped").counter()
        .count()).isEqualTo(1.0);
    assertThat(metersB.get("matchcast.job.runs").tag("job", "collector-alpha").tag("outcome", "ran").counter()
        .count()).isEqualTo(1.0);
  }

  @Test
  void aShortRunKeepsItsLockForTheHoldSoALateSchedulerDoesNotRunTheSameTurnAgain() {
    RedisClusterJobs a = jobs(client(Duration.ofSeconds(30)), Duration.ofSeconds(30), new SimpleMeterRegistry());
    RedisClusterJobs b = jobs(client(Duration.ofSeconds(30)), Duration.ofSeconds(30), new SimpleMeterRegistry());

    assertThat(a.runOnce("training", Mono::empty).block(WAIT)).isTrue();
    assertThat(b.runOnce("training", Mono::empty).block(WAIT)).as("a's run is over, its turn is not").isFalse();
  }

  @Test
  void aCrashedHoldersLockLapsesAfterTheLease() {
    RedissonClient crashing = client(Duration.ofSeconds(3));
    RedisClusterJobs a = jobs(crashing, Duration.ZERO, new SimpleMeterRegistry());
    RedisClusterJobs b = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, new SimpleMeterRegistry());
    a.runOnce("training", Mono::never).subscribe();
    awaitLocked("training");
    assertThat(b.runOnce("training", Mono::empty).block(WAIT)).isFalse();

    // the process dies: nobody unlocks, and the watchdog that kept extending the lease is gone
    crashing.shutdown();

    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!b.runOnce("training", Mono::empty).block(WAIT)) {
      assertThat(System.nanoTime()).as("the lock lapsed within " + WAIT).isLessThan(deadline);
    }
  }

  /** An admin's retrain or sync: answered once it is known whether the run started, the run going on. */
  @Test
  void startAnswersAtOnceAndRefusesWhileAnotherInstanceRunsTheJob() {
    RedisClusterJobs a = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, new SimpleMeterRegistry());
    RedisClusterJobs b = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, new SimpleMeterRegistry());
    Sinks.Empty<Void> finish = Sinks.empty();

    assertThat(a.start("training", finish::asMono).block(WAIT)).as("started; the run is still going").isTrue();
    assertThat(a.start("training", () -> Mono.error(new AssertionError("must not run"))).block(WAIT))
        .as("not twice on one instance").isFalse();
    assertThat(b.start("training", () -> Mono.error(new AssertionError("must not run"))).block(WAIT))
        .as("nor on another").isFalse();
    finish.tryEmitEmpty();
    awaitUnlocked("training");
    assertThat(b.start("training", Mono::empty).block(WAIT)).as("free once a's run ended").isTrue();
  }

  @Test
  void oneInstanceLeadsTheRefreshAndHandsItOverWhenItStops() {
    RedisClusterJobs a = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, new SimpleMeterRegistry());
    RedisClusterJobs b = jobs(client(Duration.ofSeconds(30)), Duration.ZERO, new SimpleMeterRegistry());

    assertThat(a.leads("prediction-refresh").block(WAIT)).isTrue();
    assertThat(b.leads("prediction-refresh").block(WAIT)).isFalse();
    assertThat(a.leads("prediction-refresh").block(WAIT)).as("still a's at its next tick").isTrue();

    a.destroy();

    assertThat(b.leads("prediction-refresh").block(WAIT)).isTrue();
    assertThat(a.leads("prediction-refresh").block(WAIT)).isFalse();
  }

  private RedisClusterJobs jobs(RedissonClient client, Duration holdAtLeast, SimpleMeterRegistry meters) {
    return new RedisClusterJobs(client, new JobSettings(Duration.ofSeconds(30), holdAtLeast, prefix,
        Duration.ofSeconds(2)), new JobRuns(meters));
  }

  /** A client as config.RedisConfiguration makes it, with its lock lease. */
  private RedissonClient client(Duration lease) {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:6379");
    config.setLockWatchdogTimeout(lease.toMillis());
    RedissonClient client = Redisson.create(config);
    clients.add(client);
    return client;
  }

  private void awaitLocked(String job) {
    awaitLock(job, true);
  }

  private void awaitUnlocked(String job) {
    awaitLock(job, false);
  }

  private void awaitLock(String job, boolean locked) {
    RedissonClient observer = clients.get(clients.size() - 1);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (observer.getLock(prefix + job).isLocked() != locked) {
      assertThat(System.nanoTime()).as(job + (locked ? " locked" : " unlocked")).isLessThan(deadline);
      Thread.onSpinWait();
    }
  }
}
