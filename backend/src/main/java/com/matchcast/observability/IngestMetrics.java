package com.matchcast.observability;

import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

/**
 * Collector runs and lag: every ingest run this instance finishes is counted by source and status,
 * and for each source the seconds since its last successful run (stored or found unchanged: both
 * read the source) are exported. The last successes are read from ingest_run once at start, so
 * that the lag of a source that has not run since a restart is not lost.
 */
@Component
// one-shot commands (import, train, ...) have no /actuator/prometheus for these queries to feed
@ConditionalOnWebApplication
public class IngestMetrics {

  static final String RUNS = "matchcast.ingest.runs";
  static final String LAG = "matchcast.ingest.lag";

  private static final Logger log = LoggerFactory.getLogger(IngestMetrics.class);

  private final DatabaseClient db;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, Instant> lastSuccess = new ConcurrentHashMap<>();
  private final Disposable listening;

  public IngestMetrics(EventBus events, DatabaseClient db, MeterRegistry registry, ObjectProvider<Clock> clock) {
    this.db = db;
    this.registry = registry;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
    this.listening = events.on(IngestRunFinished.class).subscribe(this::finished);
  }

  private void finished(IngestRunFinished run) {
    String source = run.summary().source();
    IngestStatus status = run.summary().status();
    Counter.builder(RUNS).description("Ingest runs finished by this instance, by source and status")
        .tags("source", source, "status", status.name()).register(registry).increment();
    if (status == IngestStatus.SUCCEEDED || status == IngestStatus.UNCHANGED) {
      // the run has just ended; this instance's clock is the one the lag is read on
      succeeded(source, clock.instant());
    }
  }

  @EventListener(ApplicationReadyEvent.class)
  public void readLastSuccesses() {
    db.sql("SELECT source, MAX(finished_at) AS last FROM ingest_run WHERE status IN ('SUCCEEDED', 'UNCHANGED')"
            + " AND finished_at IS NOT NULL GROUP BY source")
        .map(row -> Map.entry(row.get("source", String.class), row.get("last", LocalDateTime.class)))
        .all()
        .subscribe(last -> succeeded(last.getKey(), last.getValue().toInstant(ZoneOffset.UTC)),
            error -> log.warn("Collector lag starts empty: ingest_run could not be read: {}", error.toString()));
  }

  private void succeeded(String source, Instant at) {
    if (lastSuccess.putIfAbsent(source, at) == null) {
      TimeGauge.builder(LAG, () -> lagSeconds(source), TimeUnit.SECONDS)
          .description("Seconds since the source's last successful ingest run")
          .tag("source", source).register(registry);
    } else {
      lastSuccess.merge(source, at, (before, now) -> now.isAfter(before) ? now : before);
    }
  }

  private double lagSeconds(String source) {
    return Duration.between(lastSuccess.get(source), clock.instant()).toNanos() / 1e9;
  }

  @PreDestroy
  void stop() {
    listening.dispose();
  }
}
