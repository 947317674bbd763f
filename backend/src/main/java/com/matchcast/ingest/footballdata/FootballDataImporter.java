package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.ContentHash;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStore;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.ingest.store.AbandonedRuns;
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
  private final AbandonedRuns abandonedRuns;

  public FootballDataImporter(IngestStore store, FootballDataCollector site, AbandonedRuns abandonedRuns) {
    this.store = store;
    this.site = site;
    this.abandonedRuns = abandonedRuns;
  }

  /** Lists the mirror and imports what it holds for these divisions and seasons (empty sets: all). */
  public Flux<IngestRunSummary> importMirror(Path root, Set<String> leagues, Set<String> seasons) {
    return Mono.fromCallable(() -> mirror.listing(root, leagues, seasons))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMapMany(this::importListed);
  }

  /** What the mirror holds for a selection, and what it leaves out, before anything is imported. */
  public FootballDataMirror.Listing listMirror(Path root, Set<String> leagues, Set<String> seasons) {
    return mirror.listing(root, leagues, seasons);
  }

  /**
   * Imports the listed files, one run each, after closing runs that a dead process left
   * RUNNING. A division folder that could not be listed is recorded as a failed run, and the
   * other files go on.
   */
  public Flux<IngestRunSummary> importListed(FootballDataMirror.Listing listing) {
    Flux<IngestRunSummary> unlisted = Flux.fromIterable(listing.unlisted())
        .concatMap(division -> store.recordFailure(SOURCE, division.target(), Instant.now(), division.reason()));
    Flux<IngestRunSummary> files = Flux.fromIterable(listing.files())
        .flatMapSequential(file -> Mono.fromCallable(() -> new FileContent(file.target(), file.division(),
                file.seasonCode(), read(file.path())))
            .subscribeOn(Schedulers.boundedElastic())
            .<MirrorRead>map(content -> content)
            .onErrorResume(e -> Mono.just(new Unreadable(file.target(), Instant.now(), e.getMessage()))),
            FILES_READ_AHEAD)
        .concatMap(this::store);
    return abandonedRuns.close().thenMany(unlisted.concatWith(files));
  }

  /** Fetches the season files of the given (or configured) leagues and seasons from football-data.co.uk. */
  public Flux<IngestRunSummary> importFromSite(Set<String> leagues, Set<String> seasons) {
    return abandonedRuns.close().thenMany(site.seasonFiles(leagues, seasons));
  }

  private Mono<IngestRunSummary> store(MirrorRead read) {
    if (read instanceof Unreadable unreadable) {
      return store.recordFailure(SOURCE, unreadable.target(), unreadable.at(), unreadable.reason());
    }
    return store((FileContent) read);
  }

  /**
   * A file that cannot be parsed (empty, an HTML error page, binary, no football-data header) is
   * recorded as a failed run with the parser's reason, like an unreadable one, so the files
   * after it are still imported and every re-run says which file is broken.
   */
  Mono<IngestRunSummary> store(FileContent file) {
    String hash = ContentHash.sha256(file.bytes());
    Instant started = Instant.now();
    return store.skipIfUnchanged(SOURCE, file.target(), hash)
        .switchIfEmpty(Mono.fromCallable(() -> parse(file))
            .subscribeOn(Schedulers.parallel())
            .flatMap(parsed -> parsed instanceof Parsed ok ? store.store(ok.batch())
                : store.recordFailure(SOURCE, file.target(), started, ((Unparsable) parsed).reason())));
  }

  private ParseResult parse(FileContent file) {
    try {
      return new Parsed(parser.parse(file.target(), file.bytes(), file.division(), file.seasonCode()));
    } catch (FootballDataFormatException e) {
      return new Unparsable(e.getMessage());
    } catch (RuntimeException e) {
      // Not an expected format problem, so the reason names the error: the message alone may be a bare number.
      return new Unparsable("cannot parse " + file.target() + ": " + e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + FootballDataMirror.reason(e), e);
    }
  }

  /** What parsing one file's bytes gave. */
  private sealed interface ParseResult permits Parsed, Unparsable {}

  private record Parsed(SourceBatch batch) implements ParseResult {}

  private record Unparsable(String reason) implements ParseResult {}

  /** What reading one mirror file gave. */
  sealed interface MirrorRead permits FileContent, Unreadable {}

  /** The bytes of one file and what its name says it holds. */
  record FileContent(String target, String division, String seasonCode, byte[] bytes) implements MirrorRead {}

  /** A file that could not be read: recorded as a failed run while the other files go on. */
  record Unreadable(String target, Instant at, String reason) implements MirrorRead {}
}
