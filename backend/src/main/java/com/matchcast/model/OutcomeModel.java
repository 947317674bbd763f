package com.matchcast.model;

/**
 * A fitted 1X2 model. Probabilities are ordered home win, draw, away win and sum to 1.
 * Implementations are safe for concurrent prediction; native ones must be closed.
 */
public interface OutcomeModel extends AutoCloseable {

  /** One probability vector per row; Double.NaN in a row means missing. */
  double[][] predict(double[][] features);

  /**
   * Per-class additive explanation of one row: {@code [3][features + 1]}, the last column the
   * bias. Each class row sums to that class's raw score (margin / logit) before the softmax.
   */
  double[][] contributions(double[] row);

  /** Self-describing bytes: {@link ModelCodec#read} turns them back into an identical model. */
  byte[] toBytes();

  Provenance provenance();

  default String kind() {
    return provenance().kind();
  }

  @Override
  default void close() {}
}
