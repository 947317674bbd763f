package com.matchcast.ingest.run.persistence;

import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.run.IngestRun;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** The ingest_run table, read side. */
@Repository
public class IngestRunQueries {

  private final DatabaseClient db;

  public IngestRunQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<IngestRun> latest(int last) {
    return db.sql("SELECT * FROM ingest_run ORDER BY started_at DESC, id DESC LIMIT " + last)
        .map(IngestRunQueries::run)
        .all();
  }

  private static IngestRun run(Readable row) {
    return new IngestRun(
        Columns.longValue(row, "id"),
        row.get("source", String.class),
        row.get("target", String.class),
        Columns.utc(row, "started_at"),
        Columns.utc(row, "finished_at"),
        IngestStatus.valueOf(row.get("status", String.class)),
        Columns.count(row, "rows_read"),
        Columns.count(row, "rows_inserted"),
        Columns.count(row, "rows_updated"),
        Columns.count(row, "rows_unchanged"),
        Columns.count(row, "rows_rejected"),
        Columns.count(row, "rows_duplicate"),
        Columns.count(row, "odds_rows"),
        row.get("content_hash", String.class),
        row.get("message", String.class));
  }
}
