package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.ContentHash;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports football-data files, from a local mirror or from the site, one ingest run per file.
 * Files are read and parsed off the event loop while the previous file is being written, and
 * a file whose bytes have not changed since its last import is skipped before parsing.
 */
@Component
public class FootballDataImporter {

  static final String SOURCE = FootballDataCsvParser.SOURCE;
  private static final int FILES_READ_AHEAD = 3;

  private final IngestStore store;
  private final FootballDataCsvParser parser = new FootballDataCsvParser();
  private final FootballDataMirror mirror = new FootballDataMirror();
  private final FootballDataCollector site;

  public FootballDataImporter(IngestStore store, FootballDataCollector site) {
    this.store = store;
    this.site = site;
  }

  public Flux<IngestRunSummary> importMirror(Path root, Set<String> leagues, Set<String> seasons) {
    return Mono.fromCallable(() -> mirror.list(root, leagues, seasons))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMapMany(Flux::fromIterable)
        .flatMapSequential(file -> Mono.fromCallable(() -> new FileContent(file.target(), file.division(),
                file.seasonCode(), read(file.path())))
            .subscribeOn(Schedulers.boundedElastic())
            .<MirrorRead>map(content -> content)
            .onErrorResume(e -> Mono.just(new Unreadable(file.target(), Instant.now(), e.getMessage()))),
            FILES_READ_AHEAD)
        .concatMap(this::store);
  }

  /** Fetches the season files of the given (or configured) leagues and seasons from football-data.co.uk. */
  public Flux<IngestRunSummary> importFromSite(Set<String> leagues, Set<String> seasons) {
    return site.seasonFiles(leagues, seasons);
  }

  private Mono<IngestRunSummary> store(MirrorRead read) {
    if (read instanceof Unreadable unreadable) {
      return store.recordFailure(SOURCE, unreadable.target(), unreadable.at(), unreadable.reason());
    }
    return store((FileContent) read);
  }

  Mono<IngestRunSummary> store(FileContent file) {
    String hash = ContentHash.sha256(file.bytes());
    return store.skipIfUnchanged(SOURCE, file.target(), hash)
        .switchIfEmpty(Mono.fromCallable(() -> parser.parse(file.target(), file.bytes(), file.division(), file.seasonCode()))
            .subscribeOn(Schedulers.parallel())
            .flatMap(store::store));
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** What reading one mirror file gave. */
  sealed interface MirrorRead permits FileContent, Unreadable {}

  /** The bytes of one file and what its name says it holds. */
  record FileContent(String target, String division, String seasonCode, byte[] bytes) implements MirrorRead {}

  /** A file that could not be read: recorded as a failed run while the other files go on. */
  record Unreadable(String target, Instant at, String reason) implements MirrorRead {}
}
