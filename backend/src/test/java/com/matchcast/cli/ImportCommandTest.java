package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The import command end to end: a mirror directory into an embedded database, twice. */
class ImportCommandTest {

  @TempDir Path mirror;
  /**
   * Not a @TempDir: the embedded database's background writer may still flush a last page after
   * the command's context is closed, which would race JUnit's clean-up of the directory.
   */
  private final Path dataDir = Path.of("target", "test-data", java.util.UUID.randomUUID().toString());

  @Test
  void importsAMirrorThenFindsNothingNewTheSecondTime() throws IOException {
    Files.createDirectories(mirror.resolve("E0"));
    copySample("E0_2023-2024_modern.csv", mirror.resolve("E0/2023-2024.csv"));
    Files.createDirectories(mirror.resolve("G1"));
    copySample("G1_2000-2001_htat.csv", mirror.resolve("G1/2000-2001.csv"));

    Run first = run("--dir", mirror.toString());
    Run second = run("--dir", mirror.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(first.output()).contains("Files:            2 (2 stored").contains("Matches:          6 inserted")
        .doesNotContain("Nothing new");
    assertThat(second.exitCode()).isZero();
    assertThat(second.output()).contains("2 unchanged and skipped").contains("0 inserted")
        .contains("Nothing new: every match was already stored.");
  }

  @Test
  void leaguesAndSeasonsNarrowTheImport() throws IOException {
    Files.createDirectories(mirror.resolve("E0"));
    copySample("E0_2023-2024_modern.csv", mirror.resolve("E0/2023-2024.csv"));
    Files.createDirectories(mirror.resolve("G1"));
    copySample("G1_2000-2001_htat.csv", mirror.resolve("G1/2000-2001.csv"));

    Run run = run("--dir", mirror.toString(), "--leagues", "G1", "--seasons", "2000-2001");

    assertThat(run.output()).contains("Files:            1 (1 stored");
  }

  @Test
  void anUnknownSourceOrMissingDirectoryIsAUsageError() {
    assertThat(run("--source", "bet-oracle").exitCode()).isEqualTo(2);
    Run missing = run("--dir", mirror.resolve("nope").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.errors()).contains("is not a directory");
  }

  record Run(int exitCode, String output, String errors) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new ImportCommand());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    String[] withDatabase = new String[args.length + 1];
    System.arraycopy(args, 0, withDatabase, 0, args.length);
    withDatabase[args.length] = "--matchcast.data-dir=" + dataDir;
    int exitCode = command.execute(withDatabase);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static void copySample(String sample, Path target) throws IOException {
    try (InputStream in = ImportCommandTest.class.getResourceAsStream("/footballdata/" + sample)) {
      Files.copy(in, target);
    }
  }
}
