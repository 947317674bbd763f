package com.matchcast.ingest.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Beats a RUNNING run's heartbeat while its work goes on, so that no other instance takes the
 * run for abandoned (see {@link AbandonedRuns}) however long the work takes.
 */
final class RunHeartbeat {

  private final IngestRunLog runs;
  private final Duration every;

  RunHeartbeat(IngestRunLog runs, Duration every) {
    this.runs = runs;
    this.every = every;
  }

  /** The work, with the run's heartbeat beating until it ends, whichever way it ends. */
  <T> Mono<T> whileRunning(long runId, Mono<T> work) {
    // A beat that fails is only a missed beat: the next one tries again.
    Flux<Void> beats = Flux.interval(every, every)
        .concatMap(tick -> runs.heartbeat(runId, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
            .onErrorResume(e -> Mono.empty()));
    return Mono.using(beats::subscribe, beating -> work, Disposable::dispose);
  }
}
