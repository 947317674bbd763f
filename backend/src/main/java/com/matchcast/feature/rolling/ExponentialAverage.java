package com.matchcast.feature.rolling;

/**
 * An exponentially weighted mean over every match so far, the newest weighing most. The weights
 * are normalised (sum of weighted values over sum of weights), so the mean needs no starting
 * value and is exact after a single match. A match without the value (NaN) still ages the older
 * ones, so weights follow match age, not the number of matches that had the statistic.
 */
public final class ExponentialAverage {

  private final double decay;
  private double weightedSum;
  private double weights;

  /** @param halfLife matches after which a match weighs half as much as the newest */
  public ExponentialAverage(double halfLife) {
    this.decay = Math.pow(0.5, 1.0 / halfLife);
  }

  public void add(double value) {
    weightedSum *= decay;
    weights *= decay;
    if (!Double.isNaN(value)) {
      weightedSum += value;
      weights += 1;
    }
  }

  /** NaN until a match with the value has been added. */
  public double value() {
    return weights == 0 ? Double.NaN : weightedSum / weights;
  }
}
