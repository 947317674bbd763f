package com.matchcast.ingest.run;

import com.matchcast.ingest.IngestStatus;
import java.time.OffsetDateTime;

/** One recorded ingest run, as the API shows it; times in UTC. */
public record IngestRun(
    long id,
    String source,
    String target,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    IngestStatus status,
    int rowsRead,
    int inserted,
    int updated,
    int unchanged,
    int rejected,
    int duplicates,
    int oddsRows,
    String contentHash,
    String message) {}
