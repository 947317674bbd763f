package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.cli.MatchcastMain;
import com.matchcast.model.ModelCodec;
import com.matchcast.model.OutcomeModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** import, then train --promote: a registered, promoted version whose artifact loads and forecasts. */
class TrainCommandTest {

  @TempDir Path work;

  @Test
  void trainsOnTheStoredMatchesAndRegistersAPromotedVersion() throws IOException {
    Path data = work.resolve("mirror");
    new SyntheticFootballData(3).write(data, 2008, 2019);
    // the database lives outside the @TempDir: its background writer may flush a last page after
    // the command's context closes, racing JUnit's clean-up
    Path db = Path.of("target", "test-data", java.util.UUID.randomUUID().toString());
    String database = "--matchcast.data-dir=" + db;

    assertThat(run("import", "--dir", data.toString(), database).exitCode()).isZero();
    Run train = run("train", "--leagues", "E0", "--training-window", "P8Y", "--threads", "1", "--promote", database);

    assertThat(train.exitCode()).as(train.output()).isZero();
    assertThat(train.output()).contains("registered and promoted").contains("Promotion: promotion requested")
        .contains("oos_rps");
    assertThat(ratedTeams(db, "'ELO', 'PI_HOME', 'PI_AWAY'")).as("Elo and pi histories of the ten clubs")
        .isEqualTo(10);
    assertThat(ratedTeams(db, "'DC_ATTACK', 'DC_DEFENCE'")).as("Dixon-Coles histories of the ten clubs")
        .isEqualTo(10);
    Path artifact;
    try (Stream<Path> files = Files.walk(db.resolve("models"))) {
      artifact = files.filter(p -> p.toString().endsWith(".mcm")).findFirst().orElseThrow();
    }
    try (OutcomeModel model = ModelCodec.read(Files.readAllBytes(artifact))) {
      double[] row = new double[model.provenance().featureNames().size()];
      Arrays.fill(row, Double.NaN);
      double[] p = model.predict(new double[][] {row})[0];
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(model.provenance().featureNames()).hasSizeGreaterThanOrEqualTo(100);
    }
  }

  private static int ratedTeams(Path dataDir, String systems) {
    String url = "jdbc:h2:file:" + dataDir.resolve("matchcast").toAbsolutePath()
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(DISTINCT team_id) FROM rating_history"
            + " WHERE rating_system IN (" + systems + ") AND team_id IS NOT NULL")) {
      rs.next();
      return rs.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  record Run(int exitCode, String output) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new MatchcastMain());
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(out));
    return new Run(command.execute(args), out.toString());
  }
}
