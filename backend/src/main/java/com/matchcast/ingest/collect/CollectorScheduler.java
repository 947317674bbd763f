package com.matchcast.ingest.collect;

import com.matchcast.config.Crons;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * Runs each active collector on its own crons ({@code matchcast.sources.<source>.incremental-cron}
 * and {@code full-cron}; "-" disables one). A run still going when its next turn comes is not
 * started twice. Off when {@code matchcast.scheduling.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class CollectorScheduler implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(CollectorScheduler.class);

  private final List<Collector> collectors;
  private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

  public CollectorScheduler(List<Collector> collectors) {
    this.collectors = collectors;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    for (Collector collector : collectors) {
      if (!collector.isActive()) {
        continue;
      }
      schedule(registrar, collector.settings().getIncrementalCron(), collector, Collector::incrementalSync);
      schedule(registrar, collector.settings().getFullCron(), collector, Collector::fullSync);
    }
  }

  private void schedule(ScheduledTaskRegistrar registrar, String cron, Collector collector,
      Function<Collector, Flux<?>> sync) {
    if (Crons.isOn(cron)) {
      registrar.addCronTask(() -> launch(collector, sync), cron);
    }
  }

  /** Starts the run without waiting for it: the scheduler thread is free again at once. */
  void launch(Collector collector, Function<Collector, Flux<?>> sync) {
    AtomicBoolean busy = running.computeIfAbsent(collector.source(), source -> new AtomicBoolean());
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    Flux.defer(() -> sync.apply(collector))
        .subscribeOn(Schedulers.boundedElastic())
        .doFinally(signal -> busy.set(false))
        .subscribe(summary -> { },
            // Failed units are recorded as ingest runs; reaching here means even that failed.
            error -> log.error("{} sync stopped: {}", collector.source(), error.toString()));
  }
}
