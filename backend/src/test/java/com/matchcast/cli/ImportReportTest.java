package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import summary names what changed, the clubs added and the values left out. */
class ImportReportTest {

  @Test
  void correctionsNewClubsAndValuesLeftOutArePrinted() {
    IngestRunSummary corrected = new IngestRunSummary(1, "football-data", "E0/2018-2019.csv", IngestStatus.SUCCEEDED,
        380, 0, 1, 379, 0, 0, 1, 2, Map.of("price not above 1.0", 2),
        Map.of("referee", 1, "odds Bet365 ONE_X_TWO", 1), List.of(), Duration.ofMillis(800), null);
    IngestRunSummary promoted = new IngestRunSummary(2, "football-data", "SP2/2022-2023.csv", IngestStatus.SUCCEEDED,
        462, 462, 0, 0, 0, 0, 9000, 0, Map.of(), Map.of("referee", 2), List.of("SP2 2022-2023: Matchcast Rovers"),
        Duration.ofMillis(900), null);

    String printed = print(new ImportReport(List.of(corrected, promoted), List.of(), Duration.ofSeconds(2)));

    assertThat(printed).contains("Matches:          462 inserted, 1 updated, 379 unchanged\n"
        + "Changed fields:   odds Bet365 ONE_X_TWO 1, referee 3\n"
        + "New club:         SP2 2022-2023: Matchcast Rovers\n"
        + "Odds rows:        9001\n");
    assertThat(printed).contains("Rejected rows:    0\n"
        + "Values left out:  2 (prices or statistics refused in rows that were stored)\n"
        + "       2  price not above 1.0\n");
  }

  @Test
  void aRunThatOnlyReadStoredMatchesSaysSoAndOneOfUnchangedFilesSaysThat() {
    IngestRunSummary reread = new IngestRunSummary(1, "football-data", "E0/2018-2019.csv", IngestStatus.SUCCEEDED,
        380, 0, 0, 380, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), Duration.ofMillis(800), null);
    IngestRunSummary skipped = IngestRunSummary.empty(2, "football-data", "E0/2019-2020.csv", IngestStatus.UNCHANGED,
        Duration.ofMillis(5), "content unchanged since the last run");

    assertThat(new ImportReport(List.of(reread, skipped), List.of(), Duration.ZERO).verdict())
        .isEqualTo("Nothing new: every match was already stored.");
    assertThat(new ImportReport(List.of(skipped), List.of(), Duration.ZERO).verdict())
        .isEqualTo("Nothing new: every file is unchanged since its last import.");
  }

  private static String print(ImportReport report) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      report.print(out);
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
