package com.matchcast.ingest.collect;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStore;
import com.matchcast.ingest.SourceBatch;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Turns a unit of collector work into a recorded ingest run, successful or failed. */
@Component
public class IngestRuns {

  private static final Logger log = LoggerFactory.getLogger(IngestRuns.class);

  private final IngestStore store;
  private final Clock clock;

  @Autowired
  public IngestRuns(IngestStore store) {
    this(store, Clock.systemUTC());
  }

  public IngestRuns(IngestStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Stores the batch the work produces; any failure is recorded against the target instead. */
  public Mono<IngestRunSummary> store(String source, String target, Mono<SourceBatch> work) {
    Instant startedAt = clock.instant();
    return Mono.defer(() -> work)
        .flatMap(store::store)
        .onErrorResume(error -> failed(source, target, startedAt, error));
  }

  /** Runs work that stores its own rows; only a failure becomes an ingest run. */
  public Mono<IngestRunSummary> runUnrecorded(String source, String target, Mono<?> work) {
    Instant startedAt = clock.instant();
    return Mono.defer(() -> work)
        .then(Mono.<IngestRunSummary>empty())
        .onErrorResume(error -> failed(source, target, startedAt, error));
  }

  private Mono<IngestRunSummary> failed(String source, String target, Instant startedAt, Throwable error) {
    String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    // The row in ingest_run is the record; the log line is for whoever watches the service.
    log.warn("{} run failed for {}: {}", source, target, reason);
    return store.recordFailure(source, target, startedAt, reason);
  }
}
