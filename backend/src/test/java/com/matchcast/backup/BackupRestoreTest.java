package com.matchcast.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.model.EnsembleModel;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.TemperatureScaling;
import com.matchcast.model.TrainingSet;
import com.matchcast.model.XGBoostLearner;
import com.matchcast.model.registry.LoadedModel;
import com.matchcast.model.registry.ModelRegistration;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.model.registry.ModelStore;
import com.matchcast.support.MariaDbTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * ops/backup's scripts, as an operator runs them: a MariaDB store with three seasons imported and
 * a promoted model is backed up, wiped (every table and the model store gone) and restored. Every
 * table comes back with the same rows (count and CHECKSUM TABLE), the ledger's triggers with it,
 * and the promoted version loads (its artifact's hash checked) and forecasts exactly as before.
 */
@MariaDbTest
@TestPropertySource(properties = {"matchcast.models.dir=target/test-models/${random.uuid}",
    "matchcast.test.context=backup"})
class BackupRestoreTest {

  private static final Path SCRIPTS = Path.of("..", "ops", "backup");

  @Autowired FootballDataImporter importer;
  @Autowired ModelRegistry registry;
  @Autowired ModelStore store;
  // the derived URL: matchcast.db.url names a random database anew at each reading
  @Value("${spring.r2dbc.url}") String databaseUrl;
  @Value("${spring.flyway.url}") String jdbcUrl;

  @Test
  void aBackupWipedAndRestoredBringsBackEveryRowAndTheServedModel() throws Exception {
    Path mirror = Files.createTempDirectory("matchcast-backup-mirror");
    new SyntheticFootballData(11).write(mirror, 2016, 2018);
    importer.importMirror(mirror, Set.of(), Set.of()).blockLast();
    TrainingSet data = data();
    long promoted;
    double[][] before;
    try (OutcomeModel model = ensemble(data)) {
      promoted = registry.register(ModelRegistration.of("1x2-main", model, LocalDate.of(2016, 8, 1),
          LocalDate.of(2019, 5, 31), "b".repeat(64), Map.of("rps", 0.2)), model.toBytes()).block();
      registry.promote(promoted).block();
      before = model.predict(data.features());
    }
    Map<String, String> tables = tables();
    assertThat(tables).as("the migrated schema").containsKeys("matches", "team", "odds", "ingest_run",
        "model_version", "prediction", "flyway_schema_history");
    assertThat(tables.get("matches")).as("three seasons imported").doesNotStartWith("0 ");
    int triggers = triggers();
    assertThat(triggers).as("the ledger's UPDATE/DELETE guards").isPositive();

    Path backup = Files.createTempDirectory("matchcast-backup").resolve("set");
    Script backedUp = run("matchcast-backup.sh", backup);
    assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
    assertThat(backup.resolve("MANIFEST")).exists();
    assertThat(Files.readString(backup.resolve("MANIFEST"))).contains("database.sql.gz").contains("models.tar.gz");

    wipe();
    assertThat(tables()).isEmpty();
    assertThat(store.root()).doesNotExist();

    Script restored = run("matchcast-restore.sh", backup);
    assertThat(restored.exitCode()).as(restored.output()).isZero();

    assertThat(tables()).isEqualTo(tables);
    assertThat(triggers()).isEqualTo(triggers);
    assertThat(registry.promoted().block().id()).isEqualTo(promoted);
    try (LoadedModel loaded = registry.load(promoted).block()) {
      assertThat(loaded.model().predict(data.features())).isDeepEqualTo(before);
    }

    Script again = run("matchcast-restore.sh", backup);
    assertThat(again.exitCode()).as("a second restore into the restored database").isEqualTo(3);
    assertThat(again.output()).contains("restore into an empty database");
  }

  record Script(int exitCode, String output) {}

  private Script run(String script, Path backup) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPTS.resolve(script).toString(), backup.toString())
        .redirectErrorStream(true);
    builder.environment().put("MATCHCAST_DB_URL", databaseUrl);
    builder.environment().put("MATCHCAST_DB_USERNAME", System.getenv().getOrDefault("MATCHCAST_TEST_MARIADB_USER", "root"));
    builder.environment().put("MATCHCAST_DB_PASSWORD", System.getenv().getOrDefault("MATCHCAST_TEST_MARIADB_PASSWORD", ""));
    builder.environment().put("MATCHCAST_MODELS_DIR", store.root().toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
    return new Script(process.exitValue(), output);
  }

  /** Every table with its row count and CHECKSUM TABLE, by name. */
  private Map<String, String> tables() throws SQLException {
    Map<String, String> found = new TreeMap<>();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String table : names) {
        long rows;
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
          rs.next();
          rows = rs.getLong(1);
        }
        try (ResultSet rs = s.executeQuery("CHECKSUM TABLE `" + table + "`")) {
          rs.next();
          found.put(table, rows + " rows, checksum " + rs.getLong(2));
        }
      }
    }
    return found;
  }

  private int triggers() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = DATABASE()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** What a lost server leaves: no table at all, and no model store. */
  private void wipe() throws SQLException, IOException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables().keySet()) {
        s.execute("DROP TABLE `" + table + "`");
      }
    }
    try (Stream<Path> files = Files.walk(store.root())) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, System.getenv().getOrDefault("MATCHCAST_TEST_MARIADB_USER", "root"),
        System.getenv().getOrDefault("MATCHCAST_TEST_MARIADB_PASSWORD", ""));
  }

  private static EnsembleModel ensemble(TrainingSet data) {
    OutcomeModel trees = new XGBoostLearner(1).fit(data, ModelParameters.of(Map.of("rounds", 20)), 4);
    OutcomeModel linear = new LogisticLearner().fit(data, ModelParameters.empty(), 4);
    return new EnsembleModel(List.of(trees, linear), new double[] {0.4, 0.6}, new TemperatureScaling(1.1), 4);
  }

  private static TrainingSet data() {
    Random random = new Random(3);
    int n = 300;
    double[][] x = new double[n][3];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
      double edge = x[i][0] + 0.5 * random.nextGaussian();
      y[i] = edge > 0.4 ? 0 : edge < -0.4 ? 2 : 1;
    }
    return new TrainingSet(x, y, null, new ArrayList<>(List.of("elo_diff", "market_home", "form_diff")));
  }
}
