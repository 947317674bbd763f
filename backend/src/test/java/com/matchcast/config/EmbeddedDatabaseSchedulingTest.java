package com.matchcast.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * A cancelled database call (a browser leaving a page, a request time-out) must not interrupt the
 * thread running it: an interrupt during H2's file I/O closes its file channel for every
 * connection (ClosedByInterruptException, then "Reading from file failed" until a restart).
 */
class EmbeddedDatabaseSchedulingTest {

  @Test
  void cancellingACallLeavesItsThreadUninterrupted() throws Exception {
    EmbeddedDatabaseScheduling scheduling = new EmbeddedDatabaseScheduling();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    Disposable call = Mono.fromCallable(() -> {
      started.countDown();
      try {
        Thread.sleep(300);
      } catch (InterruptedException e) {
        interrupted.set(true);
      }
      finished.countDown();
      return 1;
    }).subscribeOn(scheduling.scheduler()).subscribe();

    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    call.dispose();
    assertThat(finished.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(interrupted).isFalse();
    scheduling.destroy();
  }
}
