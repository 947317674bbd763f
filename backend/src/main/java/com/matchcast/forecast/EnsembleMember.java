package com.matchcast.forecast;

/** One model family of the ensemble: fits on the rows of a refit date and forecasts later rows. */
public interface EnsembleMember {

  String name();

  /**
   * Fits on training rows (features, outcomes 0 home / 1 draw / 2 away), each row weighted
   * (null: all equal).
   */
  Forecaster fit(double[][] features, int[] outcomes, double[] weights, long seed);

  /** A fitted member: home / draw / away probabilities per row. Native models must be closed. */
  interface Forecaster extends AutoCloseable {
    double[][] predict(double[][] features);

    @Override
    default void close() {}
  }
}
