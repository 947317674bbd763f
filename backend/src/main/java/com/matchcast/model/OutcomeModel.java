package com.matchcast.model;

/**
 * A fitted 1X2 model. Probabilities are ordered home win, draw, away win and sum to 1.
 * Implementations are safe for concurrent prediction; native ones must be closed.
 */
public interface OutcomeModel extends AutoCloseable {

  /** One probability vector per row; Double.NaN in a row means missing. */
  double[][] predict(double[][] features);

  /**
   * Forecasts of a model trained to correct base scores ({@link TrainingSet#baseScores()}):
   * softmax(base scores + the model's own raw scores). With null base scores, {@link #predict}.
   */
  default double[][] predict(double[][] features, double[][] baseScores) {
    if (baseScores == null) {
      return predict(features);
    }
    throw new UnsupportedOperationException(kind() + " models cannot start from base scores");
  }

  /**
   * Per-class additive explanation of one row: {@code [3][features + 1]}, the last column the
   * bias. Each class row sums to that class's raw score (margin / logit) before the softmax.
   */
  double[][] contributions(double[] row);

  /**
   * Contributions of a model trained to correct base scores: the trees' own, with the row's base
   * scores in the bias column in place of the model's intercept.
   */
  default double[][] contributions(double[] row, double[] baseScores) {
    double[][] out = contributions(row);
    for (int k = 0; k < 3; k++) {
      out[k][out[k].length - 1] += baseScores[k];
    }
    return out;
  }

  /** Self-describing bytes: {@link ModelCodec#read} turns them back into an identical model. */
  byte[] toBytes();

  Provenance provenance();

  default String kind() {
    return provenance().kind();
  }

  @Override
  default void close() {}
}
