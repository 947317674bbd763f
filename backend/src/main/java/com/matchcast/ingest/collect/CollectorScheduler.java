package com.matchcast.ingest.collect;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.JobRuns;
import com.matchcast.cluster.LocalClusterJobs;
import com.matchcast.config.Crons;
import com.matchcast.ingest.store.AbandonedRuns;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs each active collector on its own crons ({@code matchcast.sources.<source>.incremental-cron}
 * and {@code full-cron}; "-" disables one). A run still going when its next turn comes is not
 * started twice, here or on another instance (the run takes the source's cluster lock, see
 * {@link ClusterJobs}). Off when {@code matchcast.scheduling.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class CollectorScheduler implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(CollectorScheduler.class);

  private final List<Collector> collectors;
  private final Supplier<Mono<?>> closeAbandonedRuns;
  private final ClusterJobs jobs;
  private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

  @Autowired
  public CollectorScheduler(List<Collector> collectors, AbandonedRuns abandonedRuns, ClusterJobs jobs) {
    this(collectors, abandonedRuns::close, jobs);
  }

  /** A single instance's scheduler. */
  CollectorScheduler(List<Collector> collectors, Supplier<Mono<?>> closeAbandonedRuns) {
    this(collectors, closeAbandonedRuns, new LocalClusterJobs(new JobRuns(new SimpleMeterRegistry())));
  }

  /**
   * @param closeAbandonedRuns runs before each collector run: an instance that keeps running
   *                           closes what a dead one left RUNNING without waiting for a restart
   */
  CollectorScheduler(List<Collector> collectors, Supplier<Mono<?>> closeAbandonedRuns, ClusterJobs jobs) {
    this.collectors = collectors;
    this.closeAbandonedRuns = closeAbandonedRuns;
    this.jobs = jobs;
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
    jobs.runOnce("collector-" + collector.source(), () -> Mono.defer(closeAbandonedRuns)
            // Closing other processes' runs is housekeeping: its failure must not stop this collector.
            .onErrorResume(error -> {
              log.warn("Could not close abandoned ingest runs: {}", error.toString());
              return Mono.empty();
            })
            .thenMany(Flux.defer(() -> sync.apply(collector)))
            .then())
        .subscribeOn(Schedulers.boundedElastic())
        .doFinally(signal -> busy.set(false))
        .subscribe(ran -> { },
            // Failed units are recorded as ingest runs; reaching here means even that failed.
            error -> log.error("{} sync stopped: {}", collector.source(), error.toString()));
  }
}
