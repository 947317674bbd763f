package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.quality.Completeness;
import com.matchcast.quality.DataQualityReport;
import com.matchcast.quality.RejectCount;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QualityCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = new CommandLine(new QualityCommand());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void tableShowsCountsSharesAndRejectReasons() {
    DataQualityReport report = new DataQualityReport("E0", "2023-2024", 380, 380, new Completeness(380, 1.0),
        new Completeness(190, 0.5), new Completeness(380, 1.0), new Completeness(0, 0.0), new Completeness(38, 0.1),
        new Completeness(380, 1.0), List.of(new RejectCount("unknown team", 2)), 3, List.of("Luton"));
    String table = QualityTable.render(List.of(report));
    assertThat(table).contains("League").contains("Closing 1X2");
    assertThat(table.lines().skip(1).findFirst().orElseThrow())
        .contains("E0", "2023-2024", "380 (100.0%)", "190 (50.0%)", "0 (0.0%)", "38 (10.0%)")
        .endsWith("3");
    assertThat(table).contains("Rejected E0 2023-2024: unknown team 2");
    assertThat(table).contains("New clubs E0 2023-2024: Luton");
  }

  @Test
  void badSeasonIsRefusedBeforeAnythingStarts() {
    assertThat(run("--league", "E0", "--season", "2023")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid season '2023'");
  }

  @Test
  void reportsOnAnEmptyDatabaseThroughANonWebSpringContext() {
    int exitCode = run("--league", "E0", "--season", "2023-2024",
        "--matchcast.data-dir=target/test-data/quality-" + System.nanoTime());
    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(out.toString()).contains("E0", "2023-2024", "0 (0.0%)");
  }
}
