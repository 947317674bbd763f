package com.matchcast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Four forecasts, worked by hand below. */
  private static final List<double[]> FORECASTS = List.of(
      new double[] {0.65, 0.25, 0.10},
      new double[] {0.65, 0.25, 0.10},
      new double[] {0.15, 0.25, 0.60},
      new double[] {0.15, 0.35, 0.50});
  private static final int[] RESULTS = {0, 2, 2, 1};

  @Test
  void reliabilityTablesCountForecastsPerBin() {
    Calibration calibration = Calibration.of(FORECASTS, RESULTS);
    ReliabilityTable home = calibration.tables().get(0);

    assertThat(home.outcome()).isEqualTo("home win");
    assertThat(home.bins()).containsExactly(
        new ReliabilityBin(0.1, 0.2, 2, 0.15, 0.0),
        new ReliabilityBin(0.6, 0.7, 2, 0.65, 0.5));
  }

  @Test
  void classWiseCalibrationErrorByHand() {
    Calibration calibration = Calibration.of(FORECASTS, RESULTS);

    // home: 2/4 |0 - 0.15| + 2/4 |0.5 - 0.65| = 0.15
    assertThat(calibration.tables().get(0).calibrationError()).isCloseTo(0.15, within(1e-12));
    // draw: 3/4 |0 - 0.25| + 1/4 |1 - 0.35| = 0.35
    assertThat(calibration.tables().get(1).calibrationError()).isCloseTo(0.35, within(1e-12));
    // away: 2/4 |0.5 - 0.1| + 1/4 |0 - 0.5| + 1/4 |1 - 0.6| = 0.425
    assertThat(calibration.tables().get(2).calibrationError()).isCloseTo(0.425, within(1e-12));
    assertThat(calibration.expectedCalibrationError()).isCloseTo((0.15 + 0.35 + 0.425) / 3, within(1e-12));
  }

  @Test
  void certaintyFallsInTheLastBin() {
    Calibration calibration = Calibration.of(List.of(new double[] {1, 0, 0}), new int[] {0});

    assertThat(calibration.tables().get(0).bins()).containsExactly(new ReliabilityBin(0.9, 1.0, 1, 1.0, 1.0));
    assertThat(calibration.expectedCalibrationError()).isZero();
  }

  @Test
  void scoresAverageEveryRuleOverTheMatches() {
    Scores scores = Scores.of(FORECASTS, RESULTS);

    assertThat(scores.matches()).isEqualTo(4);
    assertThat(scores.accuracy()).isEqualTo(0.5);
    assertThat(scores.expectedAccuracy()).isCloseTo((0.65 + 0.65 + 0.60 + 0.50) / 4, within(1e-12));
    assertThat(scores.logLoss()).isCloseTo(
        -(Math.log(0.65) + Math.log(0.10) + Math.log(0.60) + Math.log(0.35)) / 4, within(1e-12));
    assertThat(scores.expectedCalibrationError()).isCloseTo((0.15 + 0.35 + 0.425) / 3, within(1e-12));
    assertThat(scores.reliability()).hasSize(3);
  }
}
