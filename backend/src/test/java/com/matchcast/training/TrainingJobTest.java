package com.matchcast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.TrainingSet;
import com.matchcast.model.registry.ModelRegistration;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.support.EmbeddedDatabaseTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The backend retrains by itself: in the background, one run at a time, with the API answering
 * meanwhile, and a failed run leaves the served version serving.
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = {"matchcast.training.leagues=E0", "matchcast.training.training-window=P8Y",
    "matchcast.training.threads=1"})
class TrainingJobTest {

  @Autowired TrainingJob job;
  @Autowired ModelTrainer trainer;
  @Autowired ModelRegistry registry;
  @Autowired FootballDataImporter importer;
  @LocalServerPort int port;
  @TempDir Path work;

  @Test
  void trainsInTheBackgroundWhileTheApiAnswersAndServesTheVersionOnlyIfItMatchesTheMarket() throws Exception {
    new SyntheticFootballData(3).write(work, 2008, 2019);
    importer.importMirror(work, Set.of(), Set.of()).blockLast();
    HttpGraphQlTester graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());

    var run = job.launch();
    assertThat(job.isRunning()).isTrue();
    assertThat(job.launch().blockOptional()).as("a second run while one is going").isEmpty();
    graphQl.document("{ leagues { code } }").execute().path("leagues").entityList(Object.class).hasSizeGreaterThan(0);
    assertThat(job.isRunning()).as("the query was answered while the model trained").isTrue();

    TrainingResult result = run.block(Duration.ofMinutes(10));
    assertThat(job.isRunning()).isFalse();
    boolean asGoodAsMarket = result.metrics().get("oos_rps") <= result.metrics().get("oos_market_Avg_rps") + 0.002;
    assertThat(result.promoted()).as(result.promotionReason()).isEqualTo(asGoodAsMarket);
    var listed = graphQl.document("{ modelVersions(last: 1) { id promoted trainedTo metrics { name value } } }")
        .execute();
    listed.path("modelVersions[0].id").entity(String.class).isEqualTo(Long.toString(result.versionId()));
    listed.path("modelVersions[0].promoted").entity(Boolean.class).isEqualTo(result.promoted());
    listed.path("modelVersions[0].trainedTo").entity(String.class).isEqualTo(result.trainedTo().toString());
    listed.path("modelVersions[0].metrics[?(@.name == 'oos_rps')].value").entityList(Double.class)
        .containsExactly(result.metrics().get("oos_rps"));
  }

  @Test
  void aFailedRunRegistersNothingAndLeavesTheServedVersionServing() {
    long serving;
    try (OutcomeModel model = new LogisticLearner().fit(tinyTrainingSet(), ModelParameters.empty(), 1)) {
      serving = registry.register(ModelRegistration.of("serving", model, null, null, null, Map.of()),
          model.toBytes()).block();
    }
    registry.promote(serving).block();
    long versionsBefore = registry.list().count().block();
    TrainingJob nothingToLearnFrom = new TrainingJob(trainer, new TrainingProperties("-", List.of("XX1"),
        Period.ofYears(8), 1L, 1, PromotionRule.Mode.ALWAYS, 0.002));

    assertThatThrownBy(() -> nothingToLearnFrom.launch().block()).hasMessageContaining("only 0 played matches");

    assertThat(nothingToLearnFrom.isRunning()).isFalse();
    assertThat(registry.promoted().block().id()).isEqualTo(serving);
    assertThat(registry.list().count().block()).isEqualTo(versionsBefore);
    assertThatThrownBy(() -> nothingToLearnFrom.launch().block()).as("the next turn runs again")
        .hasMessageContaining("only 0 played matches");
  }

  private static TrainingSet tinyTrainingSet() {
    double[][] x = new double[60][];
    int[] y = new int[60];
    for (int i = 0; i < x.length; i++) {
      x[i] = new double[] {i % 3 - 1.0};
      y[i] = i % 3;
    }
    return new TrainingSet(x, y, null, List.of("elo_diff"));
  }
}
