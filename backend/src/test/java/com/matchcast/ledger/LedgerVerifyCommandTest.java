package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerPredictions.bare;
import static com.matchcast.ledger.LedgerPredictions.prediction;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.cli.MatchcastMain;
import com.matchcast.prediction.Prediction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** verify-ledger on an export file, as someone holding only the file would run it. */
class LedgerVerifyCommandTest {

  @TempDir Path dir;

  @Test
  void anIntactExportVerifiesAndARewrittenTeamNameIsFoundAtItsRow() throws IOException {
    Prediction first = LedgerRows.stored(prediction(41, 0.5, 0.3, 0.2, Instant.parse("2024-08-10T09:30:00Z")), 1, 0,
        Instant.parse("2024-08-10T09:30:00Z"));
    LedgerEntry one = new LedgerEntry(first, CanonicalRow.GENESIS, CanonicalRow.rowHash(first, CanonicalRow.GENESIS));
    Prediction second = LedgerRows.stored(bare(42, Instant.parse("2024-08-11T09:30:00Z")), 2, 0,
        Instant.parse("2024-08-11T09:30:00Z"));
    LedgerEntry two = new LedgerEntry(second, one.rowHash(), CanonicalRow.rowHash(second, one.rowHash()));
    String csv = LedgerCsv.line(LedgerColumn.exportHeader()) + LedgerCsv.line(one.exportCells())
        + LedgerCsv.line(two.exportCells());

    Path intact = Files.writeString(dir.resolve("export.csv"), csv, StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    assertThat(run(out, "verify-ledger", "--file", intact.toString())).isZero();
    assertThat(out.toString()).isEqualTo("ledger intact: 2 rows, every hash matches" + System.lineSeparator());

    Path rewritten = Files.writeString(dir.resolve("rewritten.csv"),
        csv.replace("\"Real Madrid, CF\"", "\"Real Madrid\""), StandardCharsets.UTF_8);
    StringWriter broken = new StringWriter();
    assertThat(run(broken, "verify-ledger", "--file", rewritten.toString())).isEqualTo(1);
    assertThat(broken.toString()).isEqualTo("ledger broken at row 2: row_hash does not match the row's content"
        + " (1 rows before it verify)" + System.lineSeparator());

    assertThat(run(new StringWriter(), "verify-ledger", "--file", dir.resolve("missing.csv").toString()))
        .isEqualTo(2);
  }

  private static int run(StringWriter out, String... args) {
    CommandLine commandLine = MatchcastMain.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    return commandLine.execute(args);
  }
}
