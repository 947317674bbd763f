package com.matchcast.ledger;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks a ledger export offline: no server, no database, only the file and the hashing rule. */
@Command(
    name = "verify-ledger",
    mixinStandardHelpOptions = true,
    description = {
      "Re-compute the hash chain of a prediction ledger export (GET /ledger/export.csv) and name the",
      "first row that was rewritten, removed or moved. Exit code 0: intact; 1: a row does not verify;",
      "2: the file cannot be read."
    })
public class VerifyLedgerCommand implements Callable<Integer> {

  private static final int BROKEN = 1;
  private static final int UNREADABLE = 2;

  @Option(names = "--file", required = true, description = "The CSV export to check.")
  private Path file;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    LedgerVerifier.Verification verification;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      verification = LedgerVerifier.verifyCsv(in);
    } catch (IOException e) {
      spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    }
    if (verification.intact()) {
      spec.commandLine().getOut().println("ledger intact: " + verification.rowsChecked() + " rows, every hash matches");
      spec.commandLine().getOut().flush();
      return 0;
    }
    spec.commandLine().getOut().println("ledger broken at row " + verification.firstBadRow() + ": "
        + verification.problem() + " (" + verification.rowsChecked() + " rows before it verify)");
    spec.commandLine().getOut().flush();
    return BROKEN;
  }
}
