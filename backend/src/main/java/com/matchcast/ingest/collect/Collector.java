package com.matchcast.ingest.collect;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.http.SourceSettings;
import reactor.core.publisher.Flux;

/**
 * One data provider's collector. Each unit it reads (a league season, a sport's odds board)
 * becomes one ingest run: stored as a batch, or recorded as failed with the reason, so one
 * failing unit never stops the others.
 */
public interface Collector {

  /** Source id, as stored with every record (api-football, odds-api, openfootball). */
  String source();

  SourceSettings settings();

  /** True when the collector may run: enabled and, when the provider needs one, given a key. */
  boolean isActive();

  /** The current season and what is coming up. */
  Flux<IngestRunSummary> incrementalSync();

  /** Every configured season, and then the incremental units. */
  Flux<IngestRunSummary> fullSync();
}
