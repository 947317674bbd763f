package com.matchcast.model;

import java.util.concurrent.Callable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A bounded elastic scheduler with a small thread cap ({@code matchcast.models.threads},
 * default 1): native learners already use several cores each, so more threads only queue.
 */
@Component
public class BoundedModelExecutor implements ModelExecutor, DisposableBean {

  private static final int QUEUED_TASKS = 1000;

  private final Scheduler scheduler;

  public BoundedModelExecutor(@Value("${matchcast.models.threads:1}") int threads) {
    // daemon threads: a training run still going when the application closes must not keep the JVM alive
    this.scheduler = Schedulers.newBoundedElastic(threads, QUEUED_TASKS, "model", 60, true);
  }

  @Override
  public <T> Mono<T> run(Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(scheduler);
  }

  @Override
  public void destroy() {
    scheduler.dispose();
  }
}
