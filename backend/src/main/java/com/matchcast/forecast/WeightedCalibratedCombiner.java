package com.matchcast.forecast;

import com.matchcast.model.Ensemble;
import com.matchcast.model.TemperatureScaling;
import java.util.List;

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
    return new Combination(memberNames, weights,
        TemperatureScaling.fit(Ensemble.pool(memberForecasts, weights), outcomes));
  }
}
