package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Boosted trees that start from an anchor (the market) and learn corrections: the forecast is
 * softmax(anchor log-probabilities + trees), on XGBoost and LightGBM alike.
 */
class AnchoredModelTest {

  /** f0 matters beyond the anchor, f1 is noise; the anchor is a good but incomplete forecast. */
  static final List<String> NAMES = List.of("f0", "f1", "market_p_home", "market_p_draw", "market_p_away",
      "elo_p_home", "elo_p_draw", "elo_p_away");
  static final Anchor ANCHOR = Anchor.of(NAMES, List.of("market_p", "elo_p"));

  static List<OutcomeLearner> learners() {
    return List.of(new XGBoostLearner(1), new LightGbmLearner());
  }

  static ModelParameters parameters(OutcomeLearner learner) {
    return learner instanceof XGBoostLearner
        ? ModelParameters.of(java.util.Map.of("eta", 0.05, "max_depth", 2, "rounds", 150, "early_stopping_rounds", 0))
        : ModelParameters.of(java.util.Map.of("learning_rate", 0.05, "num_leaves", 4, "rounds", 150,
            "early_stopping_rounds", 0, "min_data_in_leaf", 50));
  }

  /** Outcomes drawn from softmax(log anchor + 0.8 f0 (home up, away down)). */
  static double[][] rows(int n, long seed, int[] outcomes) {
    Random random = new Random(seed);
    double[][] x = new double[n][NAMES.size()];
    for (int i = 0; i < n; i++) {
      double strength = random.nextGaussian();
      double[] anchor = {Math.exp(0.6 * strength) * 0.45, 0.27, Math.exp(-0.6 * strength) * 0.28};
      double sum = anchor[0] + anchor[1] + anchor[2];
      x[i][0] = random.nextGaussian();
      x[i][1] = random.nextGaussian();
      for (int k = 0; k < 3; k++) {
        x[i][2 + k] = anchor[k] / sum;
        x[i][5 + k] = 1.0 / 3;
      }
      double[] truth = {Math.log(x[i][2]) + 0.8 * x[i][0], Math.log(x[i][3]), Math.log(x[i][4]) - 0.8 * x[i][0]};
      Probabilities.softmax(truth);
      double u = random.nextDouble();
      outcomes[i] = u < truth[0] ? 0 : u < truth[0] + truth[1] ? 1 : 2;
    }
    return x;
  }

  static final int[] TRAIN_OUTCOMES = new int[4000];
  static final double[][] TRAIN = rows(4000, 1, TRAIN_OUTCOMES);
  static final int[] TEST_OUTCOMES = new int[2000];
  static final double[][] TEST = rows(2000, 2, TEST_OUTCOMES);

  static AnchoredModel fit(OutcomeLearner learner) {
    TrainingSet training = new TrainingSet(TRAIN, TRAIN_OUTCOMES, null, NAMES, ANCHOR.scores(TRAIN));
    return new AnchoredModel(ANCHOR, learner.fit(training, parameters(learner), 3));
  }

  @ParameterizedTest
  @MethodSource("learners")
  void theTreesImproveOnTheAnchorTheyStartFrom(OutcomeLearner learner) {
    try (AnchoredModel model = fit(learner)) {
      double[][] anchor = new double[TEST.length][];
      for (int i = 0; i < TEST.length; i++) {
        anchor[i] = new double[] {TEST[i][2], TEST[i][3], TEST[i][4]};
      }
      double[][] forecasts = model.predict(TEST);
      assertThat(Metrics.logLoss(forecasts, TEST_OUTCOMES)).isLessThan(Metrics.logLoss(anchor, TEST_OUTCOMES) - 0.02);
      for (double[] p : forecasts) {
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("learners")
  void withoutTheAnchorTheSameTreesForecastSomethingElse(OutcomeLearner learner) {
    try (AnchoredModel model = fit(learner)) {
      double[] row = TEST[0];
      double[] anchored = model.predict(new double[][] {row})[0];
      double[] shifted = row.clone();
      shifted[2] = 0.2;
      shifted[3] = 0.3;
      shifted[4] = 0.5;
      // Same trees, another market: the forecast moves with the market it starts from.
      assertThat(model.predict(new double[][] {shifted})[0][0]).isLessThan(anchored[0] - 0.1);
    }
  }

  @ParameterizedTest
  @MethodSource("learners")
  void contributionsIncludeTheAnchorAtItsColumnsAndExplainThePrediction(OutcomeLearner learner) {
    try (AnchoredModel model = fit(learner)) {
      for (int i = 0; i < 10; i++) {
        double[][] contributions = model.contributions(TEST[i]);
        assertThat(contributions).hasDimensions(3, NAMES.size() + 1);
        double[] scores = new double[3];
        for (int k = 0; k < 3; k++) {
          for (double c : contributions[k]) {
            scores[k] += c;
          }
        }
        Probabilities.softmax(scores);
        assertThat(scores).containsExactly(model.predict(new double[][] {TEST[i]})[0], within(1e-4));
        // the market column of each outcome carries (at least) its log-probability
        assertThat(contributions[0][2]).isCloseTo(Math.log(TEST[i][2]), within(0.5));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("learners")
  void bytesRoundTripToIdenticalForecasts(OutcomeLearner learner) {
    try (AnchoredModel model = fit(learner); OutcomeModel restored = ModelCodec.read(model.toBytes())) {
      assertThat(restored.kind()).isEqualTo(AnchoredModel.KIND);
      assertThat(restored.predict(TEST)).isDeepEqualTo(model.predict(TEST));
    }
  }

  /** Our softmax(anchor + margins) must equal XGBoost's own prediction with base_margin set. */
  @Test
  void xgboostForecastsMatchItsOwnBaseMarginPrediction() throws Exception {
    XGBoostLearner learner = new XGBoostLearner(1);
    TrainingSet training = new TrainingSet(TRAIN, TRAIN_OUTCOMES, null, NAMES, ANCHOR.scores(TRAIN));
    TrainingSet test = new TrainingSet(TEST, TEST_OUTCOMES, null, NAMES, ANCHOR.scores(TEST));
    try (XGBoostModel model = (XGBoostModel) learner.fit(training, parameters(learner), 3)) {
      ml.dmlc.xgboost4j.java.DMatrix matrix = XGBoostLearner.matrix(test);
      try {
        float[][] own = model.booster().predict(matrix);
        double[][] ours = model.predict(TEST, ANCHOR.scores(TEST));
        for (int i = 0; i < TEST.length; i++) {
          for (int k = 0; k < 3; k++) {
            assertThat(ours[i][k]).isCloseTo(own[i][k], within(1e-5));
          }
        }
      } finally {
        matrix.dispose();
      }
    }
  }

  @Test
  void theAnchorFallsBackToTheNextCompleteTripleThenToOneThirdEach() {
    double nan = Double.NaN;
    double[][] rows = {
        {0, 0, 0.5, 0.3, 0.2, 0.4, 0.3, 0.3},
        {0, 0, nan, 0.3, 0.2, 0.4, 0.3, 0.3},
        {0, 0, nan, nan, nan, nan, nan, nan}};
    double[][] scores = ANCHOR.scores(rows);
    assertThat(scores[0]).containsExactly(new double[] {Math.log(0.5), Math.log(0.3), Math.log(0.2)}, within(1e-12));
    assertThat(scores[1]).containsExactly(new double[] {Math.log(0.4), Math.log(0.3), Math.log(0.3)}, within(1e-12));
    assertThat(scores[2]).containsExactly(new double[] {Math.log(1 / 3.0), Math.log(1 / 3.0), Math.log(1 / 3.0)},
        within(1e-12));
  }

  @Test
  void anUnknownAnchorColumnIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Anchor.of(NAMES, List.of("pinnacle_p")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pinnacle_p_home");
  }
}
