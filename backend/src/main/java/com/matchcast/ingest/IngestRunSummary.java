package com.matchcast.ingest;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

/**
 * What one ingest run did, as recorded in the ingest_run table.
 *
 * @param rowsRead        data rows of the input (each counted once, stored or rejected)
 * @param rejected        whole rows refused (they stored nothing); a kept row whose price or
 *                        statistic was dropped counts in {@code valuesRejected} instead
 * @param valuesRejected  values left out of rows that were kept (a negative price, say)
 * @param changedFields   for updated matches: how many matches had each field changed
 * @param newClubs        clubs this run added to the catalog ("E0 2023-2024: Luton")
 */
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
    int valuesRejected,
    Map<String, Integer> rejectsByReason,
    Map<String, Integer> changedFields,
    List<String> newClubs,
    Duration duration,
    String message) {

  public IngestRunSummary {
    rejectsByReason = Collections.unmodifiableMap(new TreeMap<>(rejectsByReason));
    changedFields = Collections.unmodifiableMap(new TreeMap<>(changedFields));
    newClubs = List.copyOf(newClubs);
  }

  /** A run that stored nothing: unchanged input, or a failure with its reason. */
  public static IngestRunSummary empty(long runId, String source, String target, IngestStatus status,
      Duration duration, String message) {
    return new IngestRunSummary(runId, source, target, status, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), Map.of(), List.of(),
        duration, message);
  }
}
