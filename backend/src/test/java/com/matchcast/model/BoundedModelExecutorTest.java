package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class BoundedModelExecutorTest {

  @Test
  void workRunsOnTheModelPoolNotOnTheSubscribingThread() {
    BoundedModelExecutor executor = new BoundedModelExecutor(1);
    try {
      Thread caller = Thread.currentThread();
      StepVerifier.create(executor.run(Thread::currentThread))
          .assertNext(worker -> {
            assertThat(worker).isNotSameAs(caller);
            assertThat(worker.getName()).startsWith("model");
          })
          .verifyComplete();
    } finally {
      executor.destroy();
    }
  }

  @Test
  void aFailingTaskSurfacesAsAnErrorSignal() {
    BoundedModelExecutor executor = new BoundedModelExecutor(1);
    try {
      StepVerifier.create(executor.run(() -> {
        throw new IllegalStateException("native failure");
      })).expectErrorMessage("native failure").verify();
    } finally {
      executor.destroy();
    }
  }
}
