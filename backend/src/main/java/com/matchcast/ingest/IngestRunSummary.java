package com.matchcast.ingest;

import java.time.Duration;
import java.util.Map;

/** What one ingest run did, as recorded in the ingest_run table. */
public record IngestRunSummary(
    long runId,
    String source,
    String target,
    IngestStatus status,
    int rowsRead,
    int inserted,
    int updated,
    int unchanged,
    int rejected,
    int duplicates,
    int oddsRows,
    Map<String, Integer> rejectsByReason,
    Duration duration,
    String message) {}
