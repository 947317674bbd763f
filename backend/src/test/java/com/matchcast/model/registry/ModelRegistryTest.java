package com.matchcast.model.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.model.EnsembleModel;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.TemperatureScaling;
import com.matchcast.model.TrainingSet;
import com.matchcast.model.XGBoostLearner;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/** The registry stores, finds, loads and promotes model versions the same way on H2 and MariaDB. */
class ModelRegistryTest {

  private static final TrainingSet DATA = data();

  abstract static class Contract {
    @Autowired DatabaseClient db;
    @Autowired ModelRegistry registry;
    @Autowired ModelStore store;

    @Test
    void theMigrationCreatesTheRegistryTableWithItsStatusRule() {
      Long count = db.sql("SELECT COUNT(*) AS n FROM model_version").map(r -> r.get("n", Long.class)).one().block();
      assertThat(count).isNotNull();
      String badStatus = "INSERT INTO model_version (name, kind, created_at, seed, parameters, features, metrics,"
          + " artifact_path, artifact_sha256, status) VALUES ('x', 'logistic', CURRENT_TIMESTAMP, 1, '{}', '[]',"
          + " '{}', 'x/bad.mcm', 'abc', 'LOST')";
      assertThatThrownBy(() -> db.sql(badStatus).then().block()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRegisteredEnsembleLoadsBackWithItsRecordAndIdenticalForecasts() {
      try (OutcomeModel ensemble = ensemble()) {
        ModelRegistration registration = ModelRegistration.of("1x2-main", ensemble, LocalDate.of(2010, 8, 1),
            LocalDate.of(2020, 5, 31), "a".repeat(64), Map.of("log_loss", 0.97, "rps", 0.19));
        long id = registry.register(registration, ensemble.toBytes()).block();
        try (LoadedModel loaded = registry.load(id).block()) {
          ModelVersion v = loaded.version();
          assertThat(v.id()).isEqualTo(id);
          assertThat(v.name()).isEqualTo("1x2-main");
          assertThat(v.kind()).isEqualTo(EnsembleModel.KIND);
          assertThat(v.trainedFrom()).isEqualTo(LocalDate.of(2010, 8, 1));
          assertThat(v.trainedTo()).isEqualTo(LocalDate.of(2020, 5, 31));
          assertThat(v.dataHash()).isEqualTo("a".repeat(64));
          assertThat(v.seed()).isEqualTo(4);
          assertThat(v.features()).isEqualTo(DATA.featureNames());
          assertThat(v.parameters()).isEqualTo(ensemble.provenance().parameters());
          assertThat(v.metrics()).containsEntry("log_loss", 0.97).containsEntry("rps", 0.19);
          assertThat(v.promoted()).isFalse();
          assertThat(v.status()).isEqualTo(ModelVersion.READY);
          assertThat(Files.isRegularFile(store.root().resolve(v.artifactPath()))).isTrue();
          assertThat(loaded.model().predict(DATA.features())).isDeepEqualTo(ensemble.predict(DATA.features()));
        }
        assertThat(registry.list().map(ModelVersion::id).collectList().block()).contains(id);
      }
    }

    @Test
    void promotionKeepsExactlyOneVersionPromoted() {
      long first = registerLogistic("promote-a");
      long second = registerLogistic("promote-b");
      assertThat(registry.promote(first).block().promoted()).isTrue();
      assertThat(registry.promoted().block().id()).isEqualTo(first);
      registry.promote(second).block();
      assertThat(registry.promoted().block().id()).isEqualTo(second);
      assertThat(registry.find(first).block().promoted()).isFalse();
      assertThat(promotedCount()).isEqualTo(1);
      registry.promote(second).block();
      assertThat(promotedCount()).isEqualTo(1);
    }

    @Test
    void aFailedPromotionLeavesThePromotedVersionInPlace() {
      long serving = registerLogistic("serving");
      long retired = registerLogistic("retired");
      registry.promote(serving).block();
      registry.retire(retired).block();
      assertThatThrownBy(() -> registry.promote(retired).block()).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> registry.promote(987_654_321L).block()).isInstanceOf(NoSuchElementException.class);
      assertThat(registry.promoted().block().id()).isEqualTo(serving);
      assertThat(promotedCount()).isEqualTo(1);
    }

    @Test
    void aTamperedArtifactIsRefusedOnLoad() throws Exception {
      long id = registerLogistic("tampered");
      Path artifact = store.root().resolve(registry.find(id).block().artifactPath());
      byte[] bytes = Files.readAllBytes(artifact);
      bytes[bytes.length - 1] ^= 1;
      Files.write(artifact, bytes);
      assertThatThrownBy(() -> registry.load(id).block()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("hash");
    }

    private long registerLogistic(String name) {
      try (OutcomeModel model = new LogisticLearner().fit(DATA, ModelParameters.empty(), 1)) {
        return registry.register(ModelRegistration.of(name, model, null, null, null, Map.of()), model.toBytes())
            .block();
      }
    }

    private long promotedCount() {
      return db.sql("SELECT COUNT(*) AS n FROM model_version WHERE promoted = TRUE").map(r -> r.get("n", Long.class))
          .one().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = "matchcast.models.dir=target/test-models/${random.uuid}")
  class OnMariaDb extends Contract {}

  static EnsembleModel ensemble() {
    OutcomeModel trees = new XGBoostLearner(1).fit(DATA, ModelParameters.of(Map.of("rounds", 20)), 4);
    OutcomeModel linear = new LogisticLearner().fit(DATA, ModelParameters.empty(), 4);
    return new EnsembleModel(List.of(trees, linear), new double[] {0.4, 0.6}, new TemperatureScaling(1.1), 4);
  }

  private static TrainingSet data() {
    Random random = new Random(1);
    int n = 400;
    double[][] x = new double[n][3];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {random.nextGaussian(), random.nextDouble() < 0.2 ? Double.NaN : random.nextGaussian(),
          random.nextGaussian()};
      double edge = x[i][0] + 0.5 * random.nextGaussian();
      y[i] = edge > 0.4 ? 0 : edge < -0.4 ? 2 : 1;
    }
    return new TrainingSet(x, y, null, new ArrayList<>(List.of("elo_diff", "market_home", "form_diff")));
  }
}
