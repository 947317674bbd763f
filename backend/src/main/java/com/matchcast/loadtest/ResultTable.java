package com.matchcast.loadtest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The benchmark's table, in Markdown: one row per measurement, printed as it is taken and appended
 * to a results file, so the runs of one benchmark (H2, MariaDB, with Redis) fill one table.
 */
public final class ResultTable {

  static final String HEADER = "| run | scenario | clients | answered | req/s | p50 ms | p99 ms | max ms | errors | notes |\n"
      + "|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n";

  private final String run;
  private final PrintWriter out;
  private final Path file;

  /** Rows of this run (a label such as "H2"), printed to out and appended to file when there is one. */
  public ResultTable(String run, PrintWriter out, Path file) {
    this.run = run;
    this.out = out;
    this.file = file;
  }

  public void add(String scenario, int clients, LatencySummary summary, String notes) {
    write(row(run, scenario, clients, summary, notes));
  }

  /** A row without latencies (a memory figure, a scenario that could not run). */
  public void note(String scenario, int clients, String notes) {
    write(String.format(Locale.ROOT, "| %s | %s | %d | | | | | | | %s |%n", run, scenario, clients, notes));
  }

  static String row(String run, String scenario, int clients, LatencySummary s, String notes) {
    return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %d | %s |%n", run, scenario,
        clients, s.requests(), s.throughput(), s.p50Millis(), s.p99Millis(), s.maxMillis(), s.errors(), notes);
  }

  private void write(String line) {
    out.print(line);
    out.flush();
    if (file == null) {
      return;
    }
    try {
      if (Files.notExists(file) || Files.size(file) == 0) {
        Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + file, e);
    }
  }
}
