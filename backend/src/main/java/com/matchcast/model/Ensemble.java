package com.matchcast.model;

import java.util.Arrays;
import java.util.List;

/**
 * Learns how much to trust each member from its out-of-sample forecasts: the weights on the
 * simplex (non-negative, summing to 1) whose linear pool has the lowest log loss. The loss is
 * convex in the weights, so projected gradient descent from equal weights finds the optimum
 * deterministically.
 */
public final class Ensemble {

  private static final int ITERATIONS = 2000;

  private Ensemble() {}

  /**
   * @param outOfSample one probability matrix per member, rows aligned with {@code outcomes};
   *                    each member's forecasts must come from a model that did not see the row
   */
  public static double[] weights(List<double[][]> outOfSample, int[] outcomes) {
    int members = outOfSample.size();
    double[][] hit = new double[members][outcomes.length]; // each member's probability of what happened
    for (int m = 0; m < members; m++) {
      for (int i = 0; i < outcomes.length; i++) {
        hit[m][i] = Math.max(outOfSample.get(m)[i][outcomes[i]], Probabilities.FLOOR);
      }
    }
    double[] w = new double[members];
    Arrays.fill(w, 1.0 / members);
    double loss = loss(hit, w);
    double step = 1.0;
    for (int iteration = 0; iteration < ITERATIONS && step > 1e-10; iteration++) {
      double[] candidate = projectOntoSimplex(minusStep(w, gradient(hit, w), step));
      double candidateLoss = loss(hit, candidate);
      if (candidateLoss < loss) {
        w = candidate;
        loss = candidateLoss;
        step *= 1.5;
      } else {
        step *= 0.5;
      }
    }
    return w;
  }

  /** Pools the members' forecasts with the given weights. */
  public static double[][] pool(List<double[][]> forecasts, double[] weights) {
    double[][] pooled = new double[forecasts.get(0).length][3];
    for (int m = 0; m < weights.length; m++) {
      double[][] f = forecasts.get(m);
      for (int i = 0; i < pooled.length; i++) {
        for (int k = 0; k < 3; k++) {
          pooled[i][k] += weights[m] * f[i][k];
        }
      }
    }
    return pooled;
  }

  private static double loss(double[][] hit, double[] w) {
    double total = 0;
    for (int i = 0; i < hit[0].length; i++) {
      total -= Math.log(mixture(hit, w, i));
    }
    return total / hit[0].length;
  }

  private static double[] gradient(double[][] hit, double[] w) {
    double[] g = new double[w.length];
    for (int i = 0; i < hit[0].length; i++) {
      double mix = mixture(hit, w, i);
      for (int m = 0; m < w.length; m++) {
        g[m] -= hit[m][i] / mix / hit[0].length;
      }
    }
    return g;
  }

  private static double mixture(double[][] hit, double[] w, int row) {
    double mix = 0;
    for (int m = 0; m < w.length; m++) {
      mix += w[m] * hit[m][row];
    }
    return Math.max(mix, Probabilities.FLOOR);
  }

  private static double[] minusStep(double[] w, double[] g, double step) {
    double[] out = new double[w.length];
    for (int m = 0; m < w.length; m++) {
      out[m] = w[m] - step * g[m];
    }
    return out;
  }

  /** Euclidean projection onto the probability simplex (sort-and-threshold). */
  static double[] projectOntoSimplex(double[] v) {
    double[] sorted = v.clone();
    Arrays.sort(sorted);
    double cumulative = 0;
    double threshold = 0;
    for (int i = sorted.length - 1, count = 1; i >= 0; i--, count++) {
      cumulative += sorted[i];
      double candidate = (cumulative - 1) / count;
      if (sorted[i] - candidate > 0) {
        threshold = candidate;
      }
    }
    double[] out = new double[v.length];
    for (int m = 0; m < v.length; m++) {
      out[m] = Math.max(v[m] - threshold, 0);
    }
    return out;
  }
}
