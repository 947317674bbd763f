package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogisticLearnerTest extends LearnerContract {

  @Override
  OutcomeLearner learner() {
    return new LogisticLearner();
  }

  /** Softmax is unchanged by a constant shift, so compare logits relative to the draw's. */
  @Override
  double[] margins(OutcomeModel model, double[] row) {
    double[][] c = model.contributions(row);
    double[] scores = new double[3];
    for (int k = 0; k < 3; k++) {
      for (double v : c[k]) {
        scores[k] += v;
      }
    }
    double[] p = model.predict(new double[][] {row})[0];
    double[] expected = new double[3];
    for (int k = 0; k < 3; k++) {
      expected[k] = Math.log(p[k]) - Math.log(p[1]) + scores[1];
    }
    return expected;
  }

  @Test
  void aNearlyDeterministicSignalIsLearnedClosely() {
    TrainingSet clean = SyntheticMatches.generate(2000, 3, 21);
    try (OutcomeModel model = learner().fit(clean, ModelParameters.empty(), 0)) {
      double[][] p = model.predict(new double[][] {{3, 0, 3}, {-3, 0, -3}});
      assertThat(p[0][0]).isGreaterThan(0.9);
      assertThat(p[1][2]).isGreaterThan(0.9);
      assertThat(p[0][0] + p[0][1] + p[0][2]).isCloseTo(1, within(1e-12));
    }
  }
}
