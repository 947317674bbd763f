package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.MirrorCopies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed mid-folder (a real process, killed as kill -9 would) and run again ends with
 * the same store as a clean import of the same files, and the run it left RUNNING is ABORTED.
 */
class KilledImportTest {

  private static final String[][] FILES = {{"E0", "2017-2018"}, {"E1", "2017-2018"}, {"E0", "2018-2019"},
      {"E1", "2018-2019"}, {"E0", "2019-2020"}, {"E1", "2019-2020"}};
  /** Three Premier League seasons of 380 matches and three Championship seasons of 552. */
  private static final int MATCHES = 3 * 380 + 3 * 552;
  private static final String H2_OPTIONS =
      "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Duration PROCESS_LIMIT = Duration.ofMinutes(5);

  @TempDir Path mirror;
  private final Path killedData = Path.of("target", "test-data", UUID.randomUUID() + "-killed").toAbsolutePath();
  private final Path cleanData = Path.of("target", "test-data", UUID.randomUUID() + "-clean").toAbsolutePath();

  @Test
  void anImportKilledMidFolderAndRunAgainStoresWhatACleanImportStores() throws Exception {
    for (String[] file : FILES) {
      MirrorCopies.copy(file[0], file[1], mirror);
    }

    Child killed = Child.importing(mirror, killedData);
    killed.awaitLines("SUCCEEDED ", 2);
    killed.process.destroyForcibly();
    killed.process.waitFor(1, TimeUnit.MINUTES);
    assertThat(killed.output()).as("killed before its summary").doesNotContain("Files:");
    Map<Long, LocalDateTime> leftRunning = runningRuns(killedData);
    List<String> reported = killed.output().lines().filter(line -> line.startsWith("SUCCEEDED "))
        .map(line -> "target=" + line.split(" ")[1] + "|").toList();
    try (Connection afterKill = open(killedData)) {
      assertThat(rows(afterKill, "SELECT target FROM ingest_run WHERE status = 'SUCCEEDED'"))
          .as("every run the killed process reported stored is stored (commits are on disk when they return)")
          .containsAll(reported);
    }

    // The re-run closes runs whose heartbeat is older than a second: wait until that holds for every one.
    LocalDateTime lastBeat = leftRunning.values().stream().max(LocalDateTime::compareTo).orElse(LocalDateTime.MIN);
    while (!LocalDateTime.now(ZoneOffset.UTC).isAfter(lastBeat.plusSeconds(2))) {
      Thread.sleep(200);
    }
    Child rerun = Child.importing(mirror, killedData, "--matchcast.ingest.stale-after=1s");
    Child clean = Child.importing(mirror, cleanData);
    // Both end (or are ended) before anything is asserted: no import outlives the test.
    int rerunExit = rerun.exitCode();
    int cleanExit = clean.exitCode();
    assertThat(rerunExit).as(rerun.output()).isZero();
    assertThat(cleanExit).as(clean.output()).isZero();

    try (Connection afterKill = open(killedData); Connection reference = open(cleanData)) {
      for (Map.Entry<Long, LocalDateTime> run : leftRunning.entrySet()) {
        assertThat(statusAndMessage(afterKill, run.getKey())).isEqualTo("ABORTED aborted: no heartbeat since "
            + SHOWN.format(run.getValue()) + " UTC (the process that ran it stopped)");
      }
      assertThat(rows(afterKill, "SELECT status FROM ingest_run WHERE status = 'RUNNING'")).isEmpty();
      assertThat(rows(reference, MATCH_ROWS).size()).isEqualTo(MATCHES);
      // Bolton v Brentford of 27 April 2019 was abandoned: the file has no statistics for it.
      assertThat(rows(reference, STATISTICS_ROWS).size()).isEqualTo(MATCHES - 1);
      for (String table : new String[] {MATCH_ROWS, STATISTICS_ROWS, ODDS_ROWS, SOURCE_ROWS, TEAM_ROWS}) {
        assertSameRows(rows(afterKill, table), rows(reference, table));
      }
    }
  }

  /** A match by what identifies it to a reader: league, season, date and the clubs' names. */
  private static final String MATCH_KEY = "SELECT l.code AS k_league, s.code AS k_season, m.match_date AS k_date,"
      + " ht.name AS k_home, at.name AS k_away, %s FROM %s JOIN matches m ON %s JOIN league l ON l.id = m.league_id"
      + " JOIN season s ON s.id = m.season_id JOIN team ht ON ht.id = m.home_team_id JOIN team at ON at.id = m.away_team_id";
  private static final String MATCH_ROWS = String.format(MATCH_KEY, "x.*", "matches x", "m.id = x.id");
  private static final String STATISTICS_ROWS = String.format(MATCH_KEY, "x.*", "match_statistics x", "m.id = x.match_id");
  private static final String ODDS_ROWS = String.format(MATCH_KEY, "x.*", "odds x", "m.id = x.match_id");
  private static final String SOURCE_ROWS = String.format(MATCH_KEY, "x.*", "match_source x", "m.id = x.match_id");
  private static final String TEAM_ROWS = "SELECT name, country FROM team";
  /** Surrogate ids, and times that say when a row was written rather than what it holds. */
  private static final Set<String> NOT_COMPARED = Set.of("id", "match_id", "league_id", "season_id", "home_team_id",
      "away_team_id", "updated_at", "collected_at", "last_run_id");

  /** Equal row lists; a difference is shown as the few rows only one side has, not as thousands of rows. */
  private static void assertSameRows(List<String> actual, List<String> expected) {
    List<String> missing = new ArrayList<>(expected);
    missing.removeAll(actual);
    List<String> extra = new ArrayList<>(actual);
    extra.removeAll(expected);
    assertThat(missing.subList(0, Math.min(5, missing.size()))).as("rows of the clean import missing").isEmpty();
    assertThat(extra.subList(0, Math.min(5, extra.size()))).as("rows the clean import does not have").isEmpty();
    assertThat(actual.size()).as("rows").isEqualTo(expected.size());
    assertThat(actual.equals(expected)).as("the same rows, each as often").isTrue();
  }

  /** Every row as the text of its compared columns, sorted, so that two stores compare as lists. */
  private static List<String> rows(Connection db, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      ResultSetMetaData columns = result.getMetaData();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          if (!NOT_COMPARED.contains(columns.getColumnLabel(i).toLowerCase())) {
            row.append(columns.getColumnLabel(i).toLowerCase()).append('=').append(result.getString(i)).append('|');
          }
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private static Map<Long, LocalDateTime> runningRuns(Path dataDir) throws SQLException {
    Map<Long, LocalDateTime> running = new LinkedHashMap<>();
    try (Connection db = open(dataDir); Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery("SELECT id, COALESCE(heartbeat_at, started_at) AS last_beat"
            + " FROM ingest_run WHERE status = 'RUNNING'")) {
      while (result.next()) {
        running.put(result.getLong("id"), result.getObject("last_beat", LocalDateTime.class));
      }
    }
    return running;
  }

  private static String statusAndMessage(Connection db, long runId) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet result = statement.executeQuery("SELECT status, message FROM ingest_run WHERE id = " + runId)) {
      result.next();
      return result.getString("status") + " " + result.getString("message");
    }
  }

  /** The embedded database a process left behind; only ever opened once that process is gone. */
  private static Connection open(Path dataDir) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("matchcast") + ";" + H2_OPTIONS, "sa", "");
  }

  /** {@code matchcast import} in a JVM of its own, as an operator runs it. */
  private record Child(Process process, List<String> lines) {

    static Child importing(Path mirror, Path dataDir, String... settings) throws IOException {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx768m", "-cp", System.getProperty("java.class.path"), MatchcastMain.class.getName(),
          "import", "--dir", mirror.toString(), "--matchcast.data-dir=" + dataDir));
      command.addAll(List.of(settings));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> lines = new CopyOnWriteArrayList<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.add(line);
          }
        } catch (IOException e) {
          // The process was killed: its output simply ends.
        }
      });
      reader.setDaemon(true);
      reader.start();
      return new Child(process, lines);
    }

    /** Waits for {@code count} progress lines starting with {@code prefix}; fails if the process ends first. */
    void awaitLines(String prefix, int count) throws InterruptedException {
      long deadline = System.nanoTime() + PROCESS_LIMIT.toNanos();
      while (lines.stream().filter(line -> line.startsWith(prefix)).count() < count) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new AssertionError("no " + count + " lines '" + prefix + "' before the import ended:\n" + output());
        }
        Thread.sleep(20);
      }
    }

    int exitCode() throws InterruptedException {
      if (!process.waitFor(PROCESS_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("import did not end within " + PROCESS_LIMIT + ":\n" + output());
      }
      return process.exitValue();
    }

    String output() {
      return String.join("\n", lines);
    }
  }
}
