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
 * @param baseScores   per-row log-probabilities (home, draw, away) a boosted learner starts from and
 *                     corrects, for example the market's; null to start from the class frequencies
 */
public record TrainingSet(double[][] features, int[] outcomes, double[] weights, List<String> featureNames,
    double[][] baseScores) {

  public TrainingSet {
    featureNames = List.copyOf(featureNames);
    if (features.length != outcomes.length || (weights != null && weights.length != outcomes.length)
        || (baseScores != null && baseScores.length != outcomes.length)) {
      throw new IllegalArgumentException("features, outcomes, weights and base scores must have one entry per row");
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

  public TrainingSet(double[][] features, int[] outcomes, double[] weights, List<String> featureNames) {
    this(features, outcomes, weights, featureNames, null);
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
    double[][] base = baseScores == null ? null : new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      x[i] = features[rows[i]];
      y[i] = outcomes[rows[i]];
      if (w != null) {
        w[i] = weights[rows[i]];
      }
      if (base != null) {
        base[i] = baseScores[rows[i]];
      }
    }
    return new TrainingSet(x, y, w, featureNames, base);
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

  /** Base scores row by row (XGBoost's base_margin layout), or null. */
  float[] baseScoresRowMajor() {
    return baseScores == null ? null : rowMajor(baseScores);
  }

  /** Base scores class by class (LightGBM's multiclass init_score layout), or null. */
  double[] baseScoresClassMajor() {
    if (baseScores == null) {
      return null;
    }
    double[] flat = new double[3 * size()];
    for (int i = 0; i < size(); i++) {
      for (int k = 0; k < 3; k++) {
        flat[k * size() + i] = baseScores[i][k];
      }
    }
    return flat;
  }

  static float[] rowMajor(double[][] scores) {
    float[] flat = new float[3 * scores.length];
    for (int i = 0; i < scores.length; i++) {
      for (int k = 0; k < 3; k++) {
        flat[3 * i + k] = (float) scores[i][k];
      }
    }
    return flat;
  }
}
