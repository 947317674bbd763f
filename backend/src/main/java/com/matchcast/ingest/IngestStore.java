package com.matchcast.ingest;

import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * Stores what sources produce. Each batch is written in one transaction and recorded as an
 * ingest run; a batch whose content hash equals the last successful run for the same source
 * and target is skipped as UNCHANGED. Records are upserted by the source's external id, else
 * by the natural key (league, season, date, home, away), so a re-import never duplicates.
 */
public interface IngestStore {

  Mono<IngestRunSummary> store(SourceBatch batch);

  /**
   * Records an UNCHANGED run and returns it when the content hash equals the last stored
   * run's for this source and target, so callers can skip parsing altogether; empty otherwise.
   */
  Mono<IngestRunSummary> skipIfUnchanged(String source, String target, String contentHash);

  /** Records a run that failed before anything could be stored (after its retries). */
  Mono<IngestRunSummary> recordFailure(String source, String target, Instant startedAt, String reason);
}
