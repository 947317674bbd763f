package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;

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

  private final FootballDataImporter importer;
  private final ApplicationEventPublisher events;
  private final Path mirror;
  private Disposable running;

  StartupImport(FootballDataImporter importer, ApplicationEventPublisher events,
      @Value("${matchcast.bootstrap.football-data-dir:}") String mirror) {
    this.importer = importer;
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
    running = files(local, Set.of()).collectList()
        .subscribe(runs -> report(runs, true), e -> log.error("Start-up import failed: {}", e.getMessage()));
  }

  /** The files of these divisions (all when empty); the second pass skips what the first stored, unchanged. */
  private reactor.core.publisher.Flux<IngestRunSummary> files(boolean local, Set<String> divisions) {
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
