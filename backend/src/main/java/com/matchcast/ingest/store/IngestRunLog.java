package com.matchcast.ingest.store;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.persistence.MultiRowInsert;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Mono;

/** The ingest_run and rejected_row tables: what each run read, stored and refused. */
class IngestRunLog {

  private static final int RAW_CONTENT_LIMIT = 4000;
  private static final MultiRowInsert REJECTS = new MultiRowInsert("rejected_row", List.of(
      new MultiRowInsert.Column("run_id", Long.class),
      new MultiRowInsert.Column("location", String.class),
      new MultiRowInsert.Column("raw_content", String.class),
      new MultiRowInsert.Column("reason", String.class),
      new MultiRowInsert.Column("league_code", String.class),
      new MultiRowInsert.Column("season_code", String.class)));

  private final DatabaseClient db;
  private final BindMarkersFactory markers;

  IngestRunLog(DatabaseClient db, BindMarkersFactory markers) {
    this.db = db;
    this.markers = markers;
  }

  /** The content hash of the last run that stored this target, if any. */
  Mono<Optional<String>> lastStoredHash(String source, String target) {
    return db.sql("SELECT content_hash FROM ingest_run WHERE source = :source AND target = :target"
            + " AND status IN ('SUCCEEDED', 'UNCHANGED') ORDER BY id DESC LIMIT 1")
        .bind("source", source)
        .bind("target", target)
        .map(row -> Optional.ofNullable(row.get("content_hash", String.class)))
        .one()
        .defaultIfEmpty(Optional.empty());
  }

  Mono<Long> start(String source, String target, LocalDateTime startedAt, String contentHash) {
    // The start is the first heartbeat: a run that dies before its next beat is judged by it.
    var spec = db.sql("INSERT INTO ingest_run (source, target, started_at, heartbeat_at, status, content_hash)"
            + " VALUES (:source, :target, :startedAt, :startedAt, 'RUNNING', :hash)")
        .bind("source", source)
        .bind("target", truncate(target, 300))
        .bind("startedAt", startedAt);
    spec = contentHash == null ? spec.bindNull("hash", String.class) : spec.bind("hash", contentHash);
    return spec.filter(s -> s.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one();
  }

  /** Tells other instances that this run's process is alive and still working on it. */
  Mono<Void> heartbeat(long runId, LocalDateTime at) {
    return db.sql("UPDATE ingest_run SET heartbeat_at = :at WHERE id = :id AND status = 'RUNNING'")
        .bind("at", at)
        .bind("id", runId)
        .then();
  }

  Mono<Void> finish(IngestRunSummary summary) {
    var spec = db.sql("UPDATE ingest_run SET finished_at = :finishedAt, status = :status, rows_read = :read,"
            + " rows_inserted = :inserted, rows_updated = :updated, rows_unchanged = :unchanged,"
            + " rows_rejected = :rejected, rows_duplicate = :duplicates, odds_rows = :odds, message = :message"
            + " WHERE id = :id")
        .bind("finishedAt", LocalDateTime.now(ZoneOffset.UTC))
        .bind("status", summary.status().name())
        .bind("read", summary.rowsRead())
        .bind("inserted", summary.inserted())
        .bind("updated", summary.updated())
        .bind("unchanged", summary.unchanged())
        .bind("rejected", summary.rejected())
        .bind("duplicates", summary.duplicates())
        .bind("odds", summary.oddsRows())
        .bind("id", summary.runId());
    spec = summary.message() == null ? spec.bindNull("message", String.class)
        : spec.bind("message", truncate(summary.message(), 1000));
    return spec.then();
  }

  Mono<Long> reject(long runId, List<RejectedRecord> rejects) {
    List<Object[]> rows = new ArrayList<>(rejects.size());
    for (RejectedRecord r : rejects) {
      rows.add(new Object[] {runId, truncate(r.location(), 300), truncate(r.rawContent(), RAW_CONTENT_LIMIT),
          truncate(r.reason(), 500), r.leagueCode(), r.seasonCode()});
    }
    return REJECTS.execute(db, markers, rows);
  }

  static boolean isDuplicate(RejectedRecord reject) {
    return reject.reason() != null && reject.reason().startsWith("duplicate");
  }


  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
