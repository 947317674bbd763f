package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnsembleTest {

  @Test
  void weightsFavourTheBetterMemberAndStayOnTheSimplex() {
    Random random = new Random(3);
    int n = 4000;
    int[] outcomes = new int[n];
    double[][] sharp = new double[n][];
    double[][] vague = new double[n][];
    double[][] wrong = new double[n][];
    for (int i = 0; i < n; i++) {
      outcomes[i] = random.nextInt(3);
      sharp[i] = leaning(outcomes[i], random.nextDouble() < 0.7 ? 0.6 : 0.2);
      vague[i] = leaning(outcomes[i], random.nextDouble() < 0.5 ? 0.4 : 0.3);
      wrong[i] = leaning((outcomes[i] + 1) % 3, 0.7);
    }
    double[] w = Ensemble.weights(List.of(vague, sharp, wrong), outcomes);
    assertThat(w[0] + w[1] + w[2]).isCloseTo(1.0, within(1e-9));
    assertThat(Math.min(w[0], Math.min(w[1], w[2]))).isGreaterThanOrEqualTo(0.0);
    assertThat(w[1]).isGreaterThan(w[0]).isGreaterThan(0.5);
    assertThat(w[2]).isLessThan(0.05);
    double pooled = Metrics.logLoss(Ensemble.pool(List.of(vague, sharp, wrong), w), outcomes);
    assertThat(pooled).isLessThanOrEqualTo(Metrics.logLoss(sharp, outcomes) + 1e-9);
    assertThat(Ensemble.weights(List.of(vague, sharp, wrong), outcomes)).containsExactly(w);
  }

  @Test
  void projectionOntoTheSimplexKeepsPointsAlreadyOnItAndClipsOthers() {
    assertThat(Ensemble.projectOntoSimplex(new double[] {0.2, 0.3, 0.5})).containsExactly(
        new double[] {0.2, 0.3, 0.5}, within(1e-12));
    assertThat(Ensemble.projectOntoSimplex(new double[] {2, 0, -1})).containsExactly(new double[] {1, 0, 0},
        within(1e-12));
  }

  @Test
  void anEnsembleArtifactRoundTripsWithMembersWeightsAndCalibration() {
    TrainingSet train = LearnerContract.TRAIN;
    TrainingSet test = LearnerContract.TEST;
    OutcomeModel trees = new XGBoostLearner(1).fit(train, ModelParameters.of(Map.of("rounds", 40)), 1);
    OutcomeModel linear = new LogisticLearner().fit(train, ModelParameters.empty(), 1);
    try (EnsembleModel ensemble = new EnsembleModel(List.of(trees, linear), new double[] {0.3, 0.7},
        new TemperatureScaling(1.2), 9);
         OutcomeModel restored = ModelCodec.read(ensemble.toBytes())) {
      assertThat(restored).isInstanceOf(EnsembleModel.class);
      assertThat(restored.predict(test.features())).isDeepEqualTo(ensemble.predict(test.features()));
      assertThat(((EnsembleModel) restored).weights()).containsExactly(0.3, 0.7);
      assertThat(restored.provenance().featureNames()).isEqualTo(train.featureNames());
      assertThat(restored.provenance().parameters().values()).containsKeys("weight_0_xgboost", "weight_1_logistic");
      assertThat(restored.contributions(test.features()[0])).hasDimensions(3, train.width() + 1);
    }
  }

  /** A forecast that puts {@code strength} more than a uniform share on {@code outcome}. */
  static double[] leaning(int outcome, double strength) {
    double[] p = new double[3];
    for (int k = 0; k < 3; k++) {
      p[k] = k == outcome ? 1.0 / 3 + strength * 2 / 3 : 1.0 / 3 - strength / 3;
    }
    return p;
  }
}
