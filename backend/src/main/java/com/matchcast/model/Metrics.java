package com.matchcast.model;

/** Scores of 1X2 forecasts against results; lower is better for log loss, RPS and Brier. */
public final class Metrics {

  private Metrics() {}

  /** Mean negative log-likelihood of the observed outcome. */
  public static double logLoss(double[][] probabilities, int[] outcomes) {
    double total = 0;
    for (int i = 0; i < outcomes.length; i++) {
      total -= Probabilities.safeLog(probabilities[i][outcomes[i]]);
    }
    return total / outcomes.length;
  }

  /**
   * Mean ranked probability score: the outcomes are ordered (home, draw, away), so a home win
   * forecast as a draw is penalised less than one forecast as an away win.
   */
  public static double rankedProbabilityScore(double[][] probabilities, int[] outcomes) {
    double total = 0;
    for (int i = 0; i < outcomes.length; i++) {
      double forecast = 0;
      double observed = 0;
      double sum = 0;
      for (int k = 0; k < 2; k++) {
        forecast += probabilities[i][k];
        observed += outcomes[i] == k ? 1 : 0;
        sum += (forecast - observed) * (forecast - observed);
      }
      total += sum / 2;
    }
    return total / outcomes.length;
  }

  public static double brier(double[][] probabilities, int[] outcomes) {
    double total = 0;
    for (int i = 0; i < outcomes.length; i++) {
      for (int k = 0; k < 3; k++) {
        double miss = probabilities[i][k] - (outcomes[i] == k ? 1 : 0);
        total += miss * miss;
      }
    }
    return total / outcomes.length;
  }

  public static double accuracy(double[][] probabilities, int[] outcomes) {
    int hits = 0;
    for (int i = 0; i < outcomes.length; i++) {
      hits += argMax(probabilities[i]) == outcomes[i] ? 1 : 0;
    }
    return (double) hits / outcomes.length;
  }

  static int argMax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
