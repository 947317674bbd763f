package com.matchcast.backtest;

import java.util.List;

/**
 * Learns how to combine members (weights, calibration) from their out-of-sample forecasts:
 * forecasts each member made for matches after the data it was trained on.
 */
public interface Combiner {

  Combination fit(List<double[][]> memberForecasts, int[] outcomes);

  /** Turns the members' forecasts for some matches into the final forecasts. */
  interface Combination {
    double[][] apply(List<double[][]> memberForecasts);

    String describe();
  }
}
