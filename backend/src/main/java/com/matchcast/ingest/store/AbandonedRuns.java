package com.matchcast.ingest.store;

import com.matchcast.ingest.IngestStatus;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Closes runs left RUNNING by a process that died (kill -9, a crash, a lost machine) as
 * ABORTED. A live import beats a heartbeat into its run (see {@link R2dbcIngestStore}); a run
 * whose last beat is older than {@code matchcast.ingest.stale-after} has nobody working on it.
 * Several instances share one database, so a run is judged only by its heartbeat: a run with a
 * fresh one belongs to a live instance and is never touched. Runs at every import and when
 * the backend starts.
 */
@Component
public class AbandonedRuns {

  static final String DEFAULT_STALE_AFTER = "5m";
  private static final Logger log = LoggerFactory.getLogger(AbandonedRuns.class);
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final DatabaseClient db;
  private final Duration staleAfter;

  public AbandonedRuns(DatabaseClient db,
      @Value("${matchcast.ingest.stale-after:" + DEFAULT_STALE_AFTER + "}") Duration staleAfter,
      @Value("${matchcast.ingest.heartbeat:30s}") Duration heartbeat) {
    this.db = db;
    this.staleAfter = staleAfter;
    if (staleAfter.compareTo(heartbeat.multipliedBy(2)) < 0) {
      // Legitimate for a one-off clean-up after a crash; as a standing setting it would close live runs.
      log.warn("matchcast.ingest.stale-after ({}) is under two heartbeats ({} each): runs that other instances"
          + " are still doing may be closed as ABORTED", staleAfter, heartbeat);
    }
  }

  /** Closes every stale RUNNING run as ABORTED; emits how many were closed. */
  public Mono<Long> close() {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    LocalDateTime cutoff = now.minus(staleAfter);
    return db.sql("SELECT id, COALESCE(heartbeat_at, started_at) AS last_beat FROM ingest_run"
            + " WHERE status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < :cutoff")
        .bind("cutoff", cutoff)
        .map(row -> new Stale(((Number) row.get("id")).longValue(), row.get("last_beat", LocalDateTime.class)))
        .all()
        .collectList()
        .flatMapMany(Flux::fromIterable)
        .concatMap(stale -> abort(stale, cutoff, now))
        .reduce(0L, Long::sum)
        .doOnNext(closed -> {
          if (closed > 0) {
            log.warn("Closed {} ingest run(s) as ABORTED: no heartbeat for more than {}", closed, staleAfter);
          }
        });
  }

  /**
   * The staleness is checked again in the update itself: a run whose heartbeat arrived since
   * it was selected is alive after all and stays RUNNING.
   */
  private Mono<Long> abort(Stale stale, LocalDateTime cutoff, LocalDateTime now) {
    return db.sql("UPDATE ingest_run SET status = :aborted, finished_at = :now, message = :message"
            + " WHERE id = :id AND status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < :cutoff")
        .bind("aborted", IngestStatus.ABORTED.name())
        .bind("now", now)
        .bind("message", message(stale.lastBeat()))
        .bind("id", stale.id())
        .bind("cutoff", cutoff)
        .fetch()
        .rowsUpdated();
  }

  static String message(LocalDateTime lastBeat) {
    return "aborted: no heartbeat since " + SHOWN.format(lastBeat) + " UTC (the process that ran it stopped)";
  }

  /** A server that starts closes what an earlier, dead process left open. */
  @EventListener(ApplicationReadyEvent.class)
  void closeOnStart() {
    close().subscribe(closed -> { }, e -> log.warn("Could not close abandoned ingest runs: {}", e.getMessage()));
  }

  private record Stale(long id, LocalDateTime lastBeat) {}
}
