package com.matchcast.model;

/** Small numeric helpers shared by the models: softmax, clipping, log-probabilities. */
public final class Probabilities {

  /** Probabilities are clipped here before a log so that one certain miss cannot dominate a loss. */
  public static final double FLOOR = 1e-15;

  private Probabilities() {}

  /** In place, numerically stable. */
  public static void softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      scores[k] = Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= sum;
    }
  }

  /** Rescales a row so it sums to 1 (native float outputs drift by an ulp or two). */
  public static double[] normalised(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    double[] out = new double[p.length];
    for (int k = 0; k < p.length; k++) {
      out[k] = p[k] / sum;
    }
    return out;
  }

  public static double safeLog(double p) {
    return Math.log(Math.max(p, FLOOR));
  }
}
