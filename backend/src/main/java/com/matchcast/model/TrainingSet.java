package com.matchcast.model;

import java.util.List;

/**
 * Rows of pre-match features with the result that followed, in time order (row i kicked off no
 * later than row i + 1): walk-forward folds rely on that order.
 *
 * @param features     one row per match; Double.NaN where a value is unknown, never 0
 * @param outcomes     0 home win, 1 draw, 2 away win
 * @param weights      per-row weights, or null for equal weights
 * @param featureNames the column names, in order
 */
public record TrainingSet(double[][] features, int[] outcomes, double[] weights, List<String> featureNames) {

  public TrainingSet {
    featureNames = List.copyOf(featureNames);
    if (features.length != outcomes.length || (weights != null && weights.length != outcomes.length)) {
      throw new IllegalArgumentException("features, outcomes and weights must have one entry per row");
    }
    for (int i = 0; i < features.length; i++) {
      if (features[i].length != featureNames.size()) {
        throw new IllegalArgumentException("row " + i + " has " + features[i].length + " values, expected "
            + featureNames.size());
      }
      if (outcomes[i] < 0 || outcomes[i] > 2) {
        throw new IllegalArgumentException("row " + i + " has outcome " + outcomes[i] + "; expected 0, 1 or 2");
      }
    }
  }

  public int size() {
    return outcomes.length;
  }

  public int width() {
    return featureNames.size();
  }

  public double weight(int row) {
    return weights == null ? 1.0 : weights[row];
  }

  /** The given rows, in the given order; arrays are shared, not copied. */
  public TrainingSet rows(int[] rows) {
    double[][] x = new double[rows.length][];
    int[] y = new int[rows.length];
    double[] w = weights == null ? null : new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      x[i] = features[rows[i]];
      y[i] = outcomes[rows[i]];
      if (w != null) {
        w[i] = weights[rows[i]];
      }
    }
    return new TrainingSet(x, y, w, featureNames);
  }

  /** Row-major float copy for the native learners; NaN stays NaN so they see it as missing. */
  float[] rowMajorFloats() {
    float[] flat = new float[size() * width()];
    for (int i = 0; i < size(); i++) {
      for (int j = 0; j < width(); j++) {
        flat[i * width() + j] = (float) features[i][j];
      }
    }
    return flat;
  }

  float[] outcomeLabels() {
    float[] labels = new float[size()];
    for (int i = 0; i < size(); i++) {
      labels[i] = outcomes[i];
    }
    return labels;
  }

  float[] weightsAsFloats() {
    if (weights == null) {
      return null;
    }
    float[] w = new float[size()];
    for (int i = 0; i < size(); i++) {
      w[i] = (float) weights[i];
    }
    return w;
  }
}
