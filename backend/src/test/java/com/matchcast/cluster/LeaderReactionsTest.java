package com.matchcast.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class LeaderReactionsTest {

  /** An instance whose lead is switched by the test: the answer {@code leads} gives for the role asked. */
  private static final class SwitchedLead implements ClusterJobs {
    final AtomicBoolean leading = new AtomicBoolean();
    final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Boolean> runOnce(String job, Supplier<Mono<?>> run) {
      throw new UnsupportedOperationException("not used by reactions");
    }

    @Override
    public Mono<Boolean> leads(String role) {
      return Mono.fromSupplier(() -> {
        asked.add(role);
        return leading.get();
      });
    }
  }

  /** Doubles each number heard, fails on 13; what it did is in {@code done}. */
  private static final class Doubler extends LeaderReactions {
    final Sinks.Many<Integer> heard = Sinks.many().multicast().directBestEffort();
    final List<Integer> done = new CopyOnWriteArrayList<>();
    /** Works made: only where this instance leads. */
    final AtomicInteger made = new AtomicInteger();
    final boolean switchedOn;

    Doubler(ClusterJobs jobs, boolean switchedOn) {
      super(jobs, "doubling");
      this.switchedOn = switchedOn;
    }

    @Override
    protected Flux<?> reactions() {
      if (!switchedOn) {
        return null;
      }
      return heard.asFlux().concatMap(n -> ifLeading(() -> {
        made.incrementAndGet();
        return Mono.fromCallable(() -> {
          if (n == 13) {
            throw new IllegalStateException("unlucky");
          }
          done.add(2 * n);
          return n;
        });
      }, "number " + n + " not doubled"));
    }
  }

  @Test
  void reactsOnlyWhileLeadingAndGoesOnAfterAFailure() {
    SwitchedLead jobs = new SwitchedLead();
    Doubler doubler = new Doubler(jobs, true);
    doubler.start();
    assertThat(doubler.isRunning()).isTrue();

    doubler.heard.tryEmitNext(1); // another instance leads: nothing done here
    jobs.leading.set(true);
    doubler.heard.tryEmitNext(2);
    doubler.heard.tryEmitNext(13); // fails: logged, and the listening goes on
    doubler.heard.tryEmitNext(4);
    jobs.leading.set(false);
    doubler.heard.tryEmitNext(5);

    assertThat(doubler.done).containsExactly(4, 8);
    assertThat(doubler.made).as("made for 2, 13 and 4 only").hasValue(3);
    assertThat(jobs.asked).containsExactly("doubling", "doubling", "doubling", "doubling", "doubling");

    doubler.stop();
    assertThat(doubler.isRunning()).isFalse();
    jobs.leading.set(true);
    doubler.heard.tryEmitNext(6); // stopped: nobody listens
    assertThat(doubler.done).containsExactly(4, 8);
    assertThat(jobs.asked).hasSize(5);
  }

  @Test
  void aReactionSwitchedOffIsNeverStarted() {
    SwitchedLead jobs = new SwitchedLead();
    Doubler doubler = new Doubler(jobs, false);
    doubler.start();
    assertThat(doubler.isRunning()).isFalse();
    assertThat(doubler.heard.currentSubscriberCount()).isZero();
    doubler.stop();
  }
}
