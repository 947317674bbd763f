package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** True probabilities drawn at random; the forecasts push them towards certainty. */
  private static final int N = 5000;
  private static final double[][] OVERCONFIDENT = new double[N][];
  private static final double[][] HONEST = new double[N][];
  private static final int[] OUTCOMES = new int[N];

  static {
    Random random = new Random(17);
    for (int i = 0; i < N; i++) {
      double[] truth = {0.2 + 0.6 * random.nextDouble(), 0.25, 0.2 + 0.3 * random.nextDouble()};
      HONEST[i] = Probabilities.normalised(truth);
      double u = random.nextDouble();
      OUTCOMES[i] = u < HONEST[i][0] ? 0 : u < HONEST[i][0] + HONEST[i][1] ? 1 : 2;
      double[] sharpened = new double[3];
      for (int k = 0; k < 3; k++) {
        sharpened[k] = Math.pow(HONEST[i][k], 3.0); // same ranking, far too confident
      }
      OVERCONFIDENT[i] = Probabilities.normalised(sharpened);
    }
  }

  @Test
  void temperatureScalingSoftensOverconfidentForecastsAndLowersLogLoss() {
    TemperatureScaling scaling = TemperatureScaling.fit(OVERCONFIDENT, OUTCOMES);
    assertThat(scaling.temperature()).isGreaterThan(2.0);
    double before = Metrics.logLoss(OVERCONFIDENT, OUTCOMES);
    double after = Metrics.logLoss(scaling.calibrate(OVERCONFIDENT), OUTCOMES);
    assertThat(after).isLessThan(before - 0.05);
    assertThat(after).isCloseTo(Metrics.logLoss(HONEST, OUTCOMES), within(0.01));
  }

  @Test
  void vectorScalingLowersLogLossAndKeepsRowsSummingToOne() {
    VectorScaling scaling = VectorScaling.fit(OVERCONFIDENT, OUTCOMES, 1e-3);
    double[][] calibrated = scaling.calibrate(OVERCONFIDENT);
    assertThat(Metrics.logLoss(calibrated, OUTCOMES)).isLessThan(Metrics.logLoss(OVERCONFIDENT, OUTCOMES) - 0.05);
    for (double[] p : calibrated) {
      assertThat(p[0] + p[1] + p[2]).isCloseTo(1, within(1e-12));
    }
    assertThat(VectorScaling.fit(OVERCONFIDENT, OUTCOMES, 1e-3).parameters()).containsExactly(scaling.parameters());
  }

  @Test
  void aStrongPenaltyKeepsVectorScalingCloseToTheIdentity() {
    double[] w = VectorScaling.fit(OVERCONFIDENT, OUTCOMES, 1e4).parameters();
    assertThat(w).containsExactly(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0}, within(1e-3));
  }

  @Test
  void calibrationsAreRestoredFromKindAndParameters() {
    for (Calibration c : new Calibration[] {Calibration.identity(), new TemperatureScaling(1.7),
        VectorScaling.fit(OVERCONFIDENT, OUTCOMES, 1e-2)}) {
      Calibration restored = Calibration.restore(c.kind(), c.parameters());
      assertThat(restored.calibrate(OVERCONFIDENT)).isDeepEqualTo(c.calibrate(OVERCONFIDENT));
    }
  }
}
