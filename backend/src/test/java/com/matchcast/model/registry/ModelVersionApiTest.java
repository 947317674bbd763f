package com.matchcast.model.registry;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.TrainingSet;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** modelVersions and servedModel: the registry as third-party developers and the web app see it. */
class ModelVersionApiTest {

  abstract static class Contract extends ApiTestSupport {

    @Autowired ModelRegistry registry;

    @Test
    void versionsComeNewestFirstWithTheirRecordAndTheServedOneIsMarked() {
      long older = register("1x2-older", Map.of("oos_rps", 0.1971));
      long newer = register("1x2-newer", Map.of("oos_rps", 0.1958, "oos_log_loss", 0.9712));
      registry.promote(older).block();

      var response = graphQl.document("""
          { modelVersions(last: 2) { id name kind createdAt trainedFrom trainedTo dataHash seed features
              parameters { name value } metrics { name value } promoted status }
            servedModel { id name } }""").execute();

      response.path("modelVersions[*].id").entityList(String.class)
          .containsExactly(Long.toString(newer), Long.toString(older));
      response.path("modelVersions[0].name").entity(String.class).isEqualTo("1x2-newer");
      response.path("modelVersions[0].kind").entity(String.class).isEqualTo("logistic");
      response.path("modelVersions[0].trainedFrom").entity(String.class).isEqualTo("2012-07-01");
      response.path("modelVersions[0].trainedTo").entity(String.class).isEqualTo("2024-05-31");
      response.path("modelVersions[0].dataHash").entity(String.class).isEqualTo("b".repeat(64));
      response.path("modelVersions[0].seed").entity(String.class).isEqualTo("7");
      response.path("modelVersions[0].features").entityList(String.class).containsExactly("elo_diff", "market_home");
      response.path("modelVersions[0].parameters[?(@.name == 'l2')].value").entityList(Double.class)
          .containsExactly(0.25);
      response.path("modelVersions[0].metrics").matchesJson("""
          [{"name": "oos_log_loss", "value": 0.9712}, {"name": "oos_rps", "value": 0.1958}]""");
      response.path("modelVersions[0].promoted").entity(Boolean.class).isEqualTo(false);
      response.path("modelVersions[1].promoted").entity(Boolean.class).isEqualTo(true);
      response.path("modelVersions[0].status").entity(String.class).isEqualTo("READY");
      response.path("modelVersions[0].createdAt").entity(String.class).satisfies(t -> t.endsWith("Z"));
      response.path("servedModel.id").entity(String.class).isEqualTo(Long.toString(older));
    }

    @Test
    void oneVersionIsFoundByIdAndAnUnknownOrMalformedIdIsRefusedClearly() {
      long id = register("1x2-by-id", Map.of("oos_rps", 0.1962));

      graphQl.document("{ modelVersion(id: \"" + id + "\") { id name metrics { name value } } }").execute()
          .path("modelVersion.name").entity(String.class).isEqualTo("1x2-by-id")
          .path("modelVersion.metrics").matchesJson("""
              [{"name": "oos_rps", "value": 0.1962}]""");
      graphQl.document("{ modelVersion(id: \"987654321\") { id } }").execute().errors()
          .expect(e -> e.getErrorType() == org.springframework.graphql.execution.ErrorType.NOT_FOUND
              && e.getMessage().equals("No model version with id 987654321."))
          .verify();
      graphQl.document("{ modelVersion(id: \"latest\") { id } }").execute().errors()
          .expect(e -> e.getErrorType() == org.springframework.graphql.execution.ErrorType.BAD_REQUEST
              && e.getMessage().contains("expected a number"))
          .verify();
    }

    @Test
    void noServedModelBeforeAnyPromotionAndPageSizesAreBounded() {
      registry.list().filter(ModelVersion::promoted).flatMap(v -> registry.retire(v.id())).blockLast();

      graphQl.document("{ servedModel { id } }").execute().path("servedModel").valueIsNull();
      graphQl.document("{ modelVersions(last: 500) { id } }").execute().errors()
          .expect(e -> e.getMessage().contains("last")).verify();
    }

    private long register(String name, Map<String, Double> metrics) {
      double[][] x = new double[90][];
      int[] y = new int[90];
      for (int i = 0; i < x.length; i++) {
        x[i] = new double[] {i % 3 - 1.0, (i * 7 % 10) / 10.0};
        y[i] = i % 3;
      }
      TrainingSet data = new TrainingSet(x, y, null, List.of("elo_diff", "market_home"));
      try (OutcomeModel model = new LogisticLearner().fit(data, ModelParameters.of(Map.of("l2", 0.25)), 7)) {
        return registry.register(ModelRegistration.of(name, model, LocalDate.of(2012, 7, 1), LocalDate.of(2024, 5, 31),
            "b".repeat(64), metrics), model.toBytes()).block();
      }
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
