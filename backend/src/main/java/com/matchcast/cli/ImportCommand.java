package com.matchcast.cli;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.footballdata.FootballDataImporter;
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
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Imports football-data files from a local mirror or from football-data.co.uk into the database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import match results, statistics and bookmaker odds into the configured database",
      "(the embedded H2 default, or MATCHCAST_DB_URL). Unchanged files are skipped; re-running is safe."
    })
public class ImportCommand implements Callable<Integer> {

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
      description = "Seasons to import, e.g. 2019-2020,2020-2021 (default: all in the mirror; over HTTP: the configured seasons).")
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
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      Instant started = Instant.now();
      FootballDataImporter importer = context.getBean(FootballDataImporter.class);
      Set<String> leagueSet = new LinkedHashSet<>(leagues);
      Set<String> seasonSet = new LinkedHashSet<>(seasons);
      List<IngestRunSummary> runs = (dir != null
              ? importer.importMirror(dir, leagueSet, seasonSet)
              : importer.importFromSite(leagueSet, seasonSet))
          .collectList().block();
      ImportReport report = new ImportReport(runs, Duration.between(started, Instant.now()));
      PrintWriter out = spec.commandLine().getOut();
      report.print(out);
      out.flush();
      return report.failedFiles() == 0 ? 0 : 1;
    }
  }
}
