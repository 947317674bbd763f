package com.matchcast.cli;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.ingest.footballdata.FootballDataMirror;
import com.matchcast.matchdata.SeasonCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import reactor.core.publisher.Flux;

/** Imports football-data files from a local mirror or from football-data.co.uk into the database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import match results, statistics and bookmaker odds into the configured database",
      "(the embedded H2 default, or MATCHCAST_DB_URL). Unchanged files are skipped; re-running is safe.",
      "A file that cannot be read or parsed is recorded as a failed run and the others go on.",
      "Runs left RUNNING by an import that was killed are closed as ABORTED once their heartbeat is",
      "older than matchcast.ingest.stale-after (default 5m; e.g. --matchcast.ingest.stale-after=10m)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file was imported (or was unchanged)",
      "1:some files failed (listed as FAILED), or the mirror could not be listed",
      "2:invalid options, or no file matched --dir, --leagues and --seasons"
    })
public class ImportCommand implements Callable<Integer> {

  static final int SOME_FILES_FAILED = 1;
  static final int NOTHING_MATCHED = 2;

  @Spec CommandSpec spec;

  @Option(names = "--source", defaultValue = "football-data",
      description = "Source to import from. Supported: football-data (default).")
  String source;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Local mirror in the layout <DIV>/<YYYY-YYYY>.csv, e.g. ../shared/data/football-data."
          + " Without it the files are fetched from football-data.co.uk.")
  Path dir;

  @Option(names = "--leagues", split = ",", paramLabel = "CODES",
      description = "Division codes to import, e.g. E0,SP1 (default: all in the mirror; over HTTP: the configured leagues).")
  List<String> leagues = List.of();

  @Option(names = "--seasons", split = ",", paramLabel = "SEASONS",
      description = "Seasons to import, YYYY-YYYY, e.g. 2019-2020,2020-2021 (default: all in the mirror;"
          + " over HTTP: the configured seasons).")
  List<String> seasons = List.of();

  @Unmatched List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() {
    if (!"football-data".equals(source)) {
      throw new ParameterException(spec.commandLine(), "unknown source '" + source + "'; supported: football-data");
    }
    if (dir != null && !Files.isDirectory(dir)) {
      throw new ParameterException(spec.commandLine(), "--dir " + dir + " is not a directory");
    }
    Set<String> leagueSet = divisionCodes();
    Set<String> seasonSet = seasonCodes();
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      Instant started = Instant.now();
      FootballDataImporter importer = context.getBean(FootballDataImporter.class);
      PrintWriter out = spec.commandLine().getOut();
      List<String> skipped = List.of();
      Flux<IngestRunSummary> imports;
      if (dir != null) {
        FootballDataMirror.Listing listing = importer.listMirror(dir, leagueSet, seasonSet);
        skipped = listing.skipped();
        if (listing.files().isEmpty() && listing.unlisted().isEmpty()) {
          out.println(nothingMatched(leagueSet, seasonSet));
          skipped.forEach(file -> out.printf("Skipped (not a season file): %s%n", file));
          out.flush();
          return NOTHING_MATCHED;
        }
        imports = importer.importListed(listing);
      } else {
        imports = importer.importFromSite(leagueSet, seasonSet);
      }
      List<IngestRunSummary> runs = imports.doOnNext(this::progress).collectList().block();
      ImportReport report = new ImportReport(runs, skipped, Duration.between(started, Instant.now()));
      report.print(out);
      out.flush();
      return report.failedFiles() == 0 ? 0 : SOME_FILES_FAILED;
    }
  }

  /** Codes as the catalog spells them; a code the catalog does not know is refused before anything starts. */
  private Set<String> divisionCodes() {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : leagues) {
      LeagueDefinition league = LeagueCatalog.standard().byCode(code).orElseThrow(() -> new ParameterException(
          spec.commandLine(), "--leagues " + code + " is not a known division code; known: " + String.join(", ",
              LeagueCatalog.standard().all().stream().map(LeagueDefinition::code).sorted().toList())));
      codes.add(league.code());
    }
    return codes;
  }

  private Set<String> seasonCodes() {
    Set<String> codes = new LinkedHashSet<>();
    for (String season : seasons) {
      String code = season.trim();
      if (!SeasonCodes.isValid(code)) {
        throw new ParameterException(spec.commandLine(), "--seasons " + season
            + " is not a season: expected YYYY-YYYY, two consecutive years such as 2019-2020");
      }
      codes.add(code);
    }
    return codes;
  }

  /** One line per file as it is done, so a long import shows it is moving (and where it stopped). */
  private void progress(IngestRunSummary run) {
    PrintWriter err = spec.commandLine().getErr();
    err.printf("%-9s %s (%d rows read)%n", run.status(), run.target(), run.rowsRead());
    err.flush();
  }

  /** Says which folder and filters matched nothing, and the likely slip: --dir pointing at one division. */
  private String nothingMatched(Set<String> leagueSet, Set<String> seasonSet) {
    StringBuilder message = new StringBuilder("No files matched: --dir ").append(dir)
        .append(" has no season files <DIV>/<YYYY-YYYY>.csv");
    if (!leagueSet.isEmpty()) {
      message.append(" for --leagues ").append(String.join(",", leagueSet));
    }
    if (!seasonSet.isEmpty()) {
      message.append(leagueSet.isEmpty() ? " for" : " and").append(" --seasons ").append(String.join(",", seasonSet));
    }
    message.append(". Nothing was imported.");
    if (holdsSeasonFiles(dir)) {
      message.append(System.lineSeparator()).append(dir).append(" itself holds season files: it looks like one"
          + " division's folder; point --dir at the folder above it.");
    }
    return message.toString();
  }

  private static boolean holdsSeasonFiles(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(path -> path.getFileName().toString())
          .anyMatch(name -> name.endsWith(".csv") && SeasonCodes.isValid(name.substring(0, name.length() - 4)));
    } catch (IOException e) {
      return false;
    }
  }
}
