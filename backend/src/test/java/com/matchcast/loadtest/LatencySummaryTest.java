package com.matchcast.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencySummaryTest {

  /** 1 ms, 2 ms, ... 100 ms, in microseconds as the harness records them. */
  private static Histogram oneToHundredMillis() {
    Histogram latencies = LatencySummary.microsecondHistogram();
    for (int millis = 1; millis <= 100; millis++) {
      latencies.recordValue(millis * 1000L);
    }
    return latencies;
  }

  @Test
  void percentilesAreTheRankedLatencies() {
    LatencySummary summary = LatencySummary.of(oneToHundredMillis(), 3, Duration.ofSeconds(2));

    assertThat(summary.requests()).isEqualTo(100);
    assertThat(summary.errors()).isEqualTo(3);
    assertThat(summary.seconds()).isEqualTo(2.0);
    assertThat(summary.throughput()).isEqualTo(50.0);
    assertThat(summary.p50Millis()).isEqualTo(50.0);
    assertThat(summary.p99Millis()).isEqualTo(99.0);
    assertThat(summary.maxMillis()).isEqualTo(100.0);
  }

  @Test
  void aLongTailSetsTheNinetyNinthPercentileOnly() {
    Histogram latencies = LatencySummary.microsecondHistogram();
    latencies.recordValueWithCount(4_000, 980);
    latencies.recordValueWithCount(1_210_000, 20);

    LatencySummary summary = LatencySummary.of(latencies, 0, Duration.ofSeconds(4));

    assertThat(summary.throughput()).isEqualTo(250.0);
    assertThat(summary.p50Millis()).isEqualTo(4.0);
    // three significant digits: above 1.05 s values share buckets of 1.024 ms, reported by their highest value
    assertThat(summary.p99Millis()).isEqualTo(1210.4);
    assertThat(summary.maxMillis()).isEqualTo(1210.4);
  }

  @Test
  void nothingAnsweredIsZeroNotAnError() {
    LatencySummary summary = LatencySummary.of(LatencySummary.microsecondHistogram(), 7, Duration.ZERO);

    assertThat(summary).isEqualTo(new LatencySummary(0, 7, 0, 0, 0, 0, 0));
  }

  @Test
  void throughputAsAShareOfTheFloors() {
    LatencySummary floor = LatencySummary.of(oneToHundredMillis(), 0, Duration.ofSeconds(1));
    LatencySummary upcoming = LatencySummary.of(oneToHundredMillis(), 0, Duration.ofSeconds(4));

    assertThat(upcoming.percentOf(floor)).isEqualTo(25.0);
    assertThat(floor.percentOf(LatencySummary.of(LatencySummary.microsecondHistogram(), 0, Duration.ZERO)))
        .isEqualTo(0.0);
  }

  @Test
  void rowsAppendToOneTableUnderASingleHeader(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("rows.md");
    StringWriter printed = new StringWriter();
    LatencySummary summary = LatencySummary.of(oneToHundredMillis(), 0, Duration.ofSeconds(2));

    new ResultTable("H2", new PrintWriter(printed), file).add("upcoming page (GraphQL)", 50, summary, "25.0% of the floor's req/s");
    new ResultTable("MariaDB", new PrintWriter(printed), file).note("memory per WebSocket subscriber", 5000, "heap +1.5 KB");

    assertThat(Files.readString(file)).isEqualTo(ResultTable.HEADER
        + "| H2 | upcoming page (GraphQL) | 50 | 100 | 50.0 | 50.0 | 99.0 | 100.0 | 0 | 25.0% of the floor's req/s |\n"
        + "| MariaDB | memory per WebSocket subscriber | 5000 | | | | | | | heap +1.5 KB |\n");
    assertThat(printed.toString()).isEqualTo(
        "| H2 | upcoming page (GraphQL) | 50 | 100 | 50.0 | 50.0 | 99.0 | 100.0 | 0 | 25.0% of the floor's req/s |\n"
        + "| MariaDB | memory per WebSocket subscriber | 5000 | | | | | | | heap +1.5 KB |\n");
  }
}
