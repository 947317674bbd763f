package com.matchcast.ingest.footballdata;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills an empty installation when {@code serve} starts: the local football-data mirror when
 * there is one, otherwise the site. It runs in the background, so the API answers at once;
 * unchanged files are skipped, which makes every later start cheap.
 *
 * <p>{@link StartupImportDone} is published when every file has been read.
 */
@Component
@ConditionalOnProperty(name = "matchcast.bootstrap.enabled", havingValue = "true", matchIfMissing = true)
class StartupImport {

  private static final Logger log = LoggerFactory.getLogger(StartupImport.class);

  /** The collector's lock: its scheduled syncs and this import never overlap, here or elsewhere. */
  private static final String JOB = "collector-football-data";
  private static final Duration NEXT_TRY = Duration.ofSeconds(2);

  private final FootballDataImporter importer;
  private final ClusterJobs jobs;
  private final ApplicationEventPublisher events;
  private final Path mirror;
  private Disposable running;

  StartupImport(FootballDataImporter importer, ClusterJobs jobs, ApplicationEventPublisher events,
      @Value("${matchcast.bootstrap.football-data-dir:}") String mirror) {
    this.importer = importer;
    this.jobs = jobs;
    this.events = events;
    this.mirror = mirror.isBlank() ? null : Path.of(mirror);
  }

  @EventListener(ApplicationReadyEvent.class)
  void importOnStart() {
    boolean local = mirror != null && Files.isDirectory(mirror);
    log.info("Start-up import from {}", local ? mirror.toAbsolutePath().normalize() : "football-data.co.uk");
    // One pass over every division. Serving first on the served divisions, with the rest written
    // while the first model read the store, ran H2 out of file handles ("Too many open files" on its
    // temp files, 144 files failed on a fresh start): see the README's first-start figures.
    running = importOnce(local)
        .subscribe(runs -> report(runs, true), e -> log.error("Start-up import failed: {}", e.getMessage()));
  }

  /**
   * The import, once another instance importing at the same time is done: instances started
   * together import one after the other, and the later ones find the files unchanged.
   */
  private Mono<List<IngestRunSummary>> importOnce(boolean local) {
    AtomicReference<List<IngestRunSummary>> runs =
        new AtomicReference<>();
    AtomicBoolean told = new AtomicBoolean();
    return Mono.defer(() -> jobs.runOnce(JOB, () -> files(local, Set.of()).collectList()
            .doOnNext(runs::set)))
        .flatMap(ran -> {
          if (ran) {
            return Mono.just(runs.get());
          }
          if (told.compareAndSet(false, true)) {
            log.info("Another instance is importing (or Redis does not answer); the start-up import waits its turn");
          }
          return Mono.<List<IngestRunSummary>>empty();
        })
        .repeatWhenEmpty(attempts -> attempts.delayElements(NEXT_TRY));
  }

  /** The files of these divisions (all when empty); the second pass skips what the first stored, unchanged. */
  private Flux<IngestRunSummary> files(boolean local, Set<String> divisions) {
    return local ? importer.importMirror(mirror, divisions, Set.of()) : importer.importFromSite(divisions, Set.of());
  }

  private void report(List<IngestRunSummary> runs, boolean complete) {
    long failed = runs.stream().filter(r -> r.status() == IngestStatus.FAILED).count();
    log.info("Start-up import {}: {} files, {} matches inserted, {} updated, {} files unchanged, {} failed",
        complete ? "done" : "of a part done", runs.size(), runs.stream().mapToInt(IngestRunSummary::inserted).sum(),
        runs.stream().mapToInt(IngestRunSummary::updated).sum(),
        runs.stream().filter(r -> r.status() == IngestStatus.UNCHANGED).count(), failed);
    events.publishEvent(new StartupImportDone(runs.size(), failed, complete));
  }

  @jakarta.annotation.PreDestroy
  void stop() {
    if (running != null) {
      running.dispose();
    }
  }
}
