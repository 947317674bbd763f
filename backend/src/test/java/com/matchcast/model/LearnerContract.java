package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** What every learner must do on the synthetic problem; one subclass per learner. */
abstract class LearnerContract {

  static final int WIDTH = 6;
  static final TrainingSet DATA = SyntheticMatches.generate(3000, WIDTH, 7);
  static final TrainingSet TRAIN = DATA.rows(SyntheticMatches.range(0, 2400));
  static final TrainingSet TEST = DATA.rows(SyntheticMatches.range(2400, 3000));

  abstract OutcomeLearner learner();

  ModelParameters parameters() {
    return ModelParameters.empty();
  }

  @Test
  void learnsTheProblemWellAboveChanceWithProbabilitiesSummingToOne() {
    try (OutcomeModel model = learner().fit(TRAIN, parameters(), 11)) {
      double[][] forecasts = model.predict(TEST.features());
      assertThat(Metrics.accuracy(forecasts, TEST.outcomes())).isGreaterThan(0.6);
      assertThat(Metrics.logLoss(forecasts, TEST.outcomes())).isLessThan(Math.log(3) - 0.25);
      for (double[] p : forecasts) {
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
        for (double v : p) {
          assertThat(v).isBetween(0.0, 1.0);
        }
      }
    }
  }

  @Test
  void readsNaNAsMissingNotAsZero() {
    try (OutcomeModel model = learner().fit(TRAIN, parameters(), 11)) {
      double[][] forecasts = model.predict(SyntheticMatches.missingVersusZero(WIDTH));
      // Missing means a strong away side in this problem, so it must lower the home chance.
      assertThat(forecasts[0][0]).isLessThan(forecasts[1][0] - 0.1);
      assertThat(forecasts[0][2]).isGreaterThan(forecasts[1][2] + 0.1);
    }
  }

  @Test
  void theSameSeedGivesIdenticalPredictions() {
    try (OutcomeModel first = learner().fit(TRAIN, parameters(), 5);
         OutcomeModel second = learner().fit(TRAIN, parameters(), 5)) {
      assertThat(second.predict(TEST.features())).isDeepEqualTo(first.predict(TEST.features()));
    }
  }

  @Test
  void bytesRoundTripToAModelWithIdenticalPredictionsAndProvenance() {
    try (OutcomeModel model = learner().fit(TRAIN, parameters(), 3);
         OutcomeModel restored = ModelCodec.read(model.toBytes())) {
      assertThat(restored.predict(TEST.features())).isDeepEqualTo(model.predict(TEST.features()));
      assertThat(restored.provenance()).isEqualTo(model.provenance());
      assertThat(restored.provenance().seed()).isEqualTo(3);
      assertThat(restored.provenance().featureNames()).isEqualTo(TRAIN.featureNames());
      assertThat(restored.kind()).isEqualTo(learner().kind());
    }
  }

  @Test
  void contributionsOfEachClassSumToItsScoreAndExplainThePrediction() {
    try (OutcomeModel model = learner().fit(TRAIN, parameters(), 3)) {
      for (int i = 0; i < 20; i++) {
        double[] row = TEST.features()[i];
        double[][] contributions = model.contributions(row);
        assertThat(contributions).hasDimensions(3, WIDTH + 1);
        double[] scores = new double[3];
        for (int k = 0; k < 3; k++) {
          for (double c : contributions[k]) {
            scores[k] += c;
          }
        }
        assertThat(margins(model, row)).containsExactly(scores, within(1e-4));
        Probabilities.softmax(scores);
        assertThat(scores).containsExactly(model.predict(new double[][] {row})[0], within(1e-4));
      }
    }
  }

  /** The model's raw per-class scores; learners that expose none compare against contributions only. */
  abstract double[] margins(OutcomeModel model, double[] row);
}
