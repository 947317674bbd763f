package com.matchcast.backtest;

import com.matchcast.model.Calibration;
import com.matchcast.model.Ensemble;
import com.matchcast.model.TemperatureScaling;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Ensemble weights that minimise the log loss of the members' pooled out-of-sample forecasts,
 * then temperature scaling fitted on the pooled forecasts, so that a 60% forecast wins 60% of
 * the time.
 */
public final class WeightedCalibratedCombiner implements Combiner {

  private final List<String> memberNames;

  public WeightedCalibratedCombiner(List<String> memberNames) {
    this.memberNames = List.copyOf(memberNames);
  }

  @Override
  public Combination fit(List<double[][]> memberForecasts, int[] outcomes) {
    double[] weights = Ensemble.weights(memberForecasts, outcomes);
    Calibration calibration = TemperatureScaling.fit(Ensemble.pool(memberForecasts, weights), outcomes);
    return new Combination() {
      @Override
      public double[][] apply(List<double[][]> forecasts) {
        return calibration.calibrate(Ensemble.pool(forecasts, weights));
      }

      @Override
      public String describe() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < weights.length; i++) {
          text.append(String.format(Locale.ROOT, "%s %.3f ", memberNames.get(i), weights[i]));
        }
        return text + calibration.kind() + " " + Arrays.toString(calibration.parameters());
      }
    };
  }
}
