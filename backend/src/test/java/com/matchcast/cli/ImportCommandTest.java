package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
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
        .contains("Nothing new: every file is unchanged since its last import.");
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

  @Test
  void aBrokenFileOrFolderIsListedAsFailedTheOthersAreImportedAndTheExitCodeSaysSo() throws IOException {
    Files.createDirectories(mirror.resolve("G1"));
    Files.writeString(mirror.resolve("G1/2000-2001.csv"), "<!DOCTYPE html>\n<html><body>Not Found</body></html>\n");
    Files.createDirectories(mirror.resolve("E0"));
    copySample("E0_2023-2024_modern.csv", mirror.resolve("E0/2023-2024.csv"));
    Files.writeString(mirror.resolve("E0/latest.csv"), "Div,Date,HomeTeam,AwayTeam\n");
    Files.writeString(mirror.resolve("E0/2019-2021.csv"), "Div,Date,HomeTeam,AwayTeam\n");
    // A division folder on a drive that is gone: fails the same way for every user, root included.
    Path e1 = Files.createSymbolicLink(mirror.resolve("E1"), mirror.resolve("unmounted/E1"));

    Run run = run("--dir", mirror.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output()).contains("Files:            3 (1 stored, 0 unchanged and skipped, 2 failed)")
        .contains("Matches:          4 inserted")
        .contains("Skipped (not a season file): E0/2019-2021.csv\nSkipped (not a season file): E0/latest.csv\n")
        .contains("FAILED E1/: cannot list " + e1 + ": no such file or directory\n")
        .contains("FAILED G1/2000-2001.csv: G1/2000-2001.csv has no Date/HomeTeam/AwayTeam header\n")
        .endsWith("2 files failed (see FAILED above); the other files were imported.\n")
        .doesNotContain("Nothing new");
    assertThat(run.errors()).contains("SUCCEEDED E0/2023-2024.csv (4 rows read)\n");
  }

  @Test
  void aHeaderOnlyFileIsReadAndSaysItHeldNoRows() throws IOException {
    Files.createDirectories(mirror.resolve("E0"));
    Files.writeString(mirror.resolve("E0/2023-2024.csv"), "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR\r\n");

    Run run = run("--dir", mirror.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).contains("Files:            1 (1 stored, 0 unchanged and skipped, 0 failed)")
        .contains("Header only, no rows: E0/2023-2024.csv\n")
        .endsWith("Nothing stored: the files read hold no rows.\n")
        .doesNotContain("Nothing new");
  }

  @Test
  void aFolderOrFiltersThatMatchNoFileSaySoAndExitWithTwo() throws IOException {
    Files.createDirectories(mirror.resolve("E0"));
    copySample("E0_2023-2024_modern.csv", mirror.resolve("E0/2023-2024.csv"));
    Path division = mirror.resolve("E0");

    Run oneDivision = run("--dir", division.toString());
    Run filtered = run("--dir", mirror.toString(), "--leagues", "g1", "--seasons", "1999-2000");

    assertThat(oneDivision.exitCode()).isEqualTo(2);
    assertThat(oneDivision.output()).isEqualTo("No files matched: --dir " + division
        + " has no season files <DIV>/<YYYY-YYYY>.csv. Nothing was imported.\n" + division
        + " itself holds season files: it looks like one division's folder; point --dir at the folder above it.\n");
    assertThat(filtered.exitCode()).isEqualTo(2);
    assertThat(filtered.output()).isEqualTo("No files matched: --dir " + mirror
        + " has no season files <DIV>/<YYYY-YYYY>.csv for --leagues G1 and --seasons 1999-2000."
        + " Nothing was imported.\n");
  }

  @Test
  void seasonsThatAreNotYyyyYyyyAreRefusedNamingTheValue() {
    for (String season : new String[] {"2019-2021", "19-20", "foo"}) {
      Run run = run("--dir", mirror.toString(), "--seasons", "2019-2020," + season);
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.errors()).startsWith("--seasons " + season
          + " is not a season: expected YYYY-YYYY, two consecutive years such as 2019-2020\n");
    }
  }

  @Test
  void leaguesThatTheCatalogDoesNotKnowAreRefusedNamingTheValue() {
    Run run = run("--dir", mirror.toString(), "--leagues", "E0,XX");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errors()).startsWith("--leagues XX is not a known division code; known: " + String.join(", ",
        LeagueCatalog.standard().all().stream().map(LeagueDefinition::code).sorted().toList()) + "\n");
  }

  @Test
  void helpListsTheExitCodes() {
    Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).contains("Exit codes:")
        .contains("every file was imported (or was unchanged)")
        .contains("some files failed (listed as FAILED), or the mirror could not be listed")
        .contains("invalid options, or no file matched --dir, --leagues and --seasons");
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
