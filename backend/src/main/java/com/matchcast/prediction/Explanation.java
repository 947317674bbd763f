package com.matchcast.prediction;

import com.matchcast.model.EnsembleModel;
import com.matchcast.model.OutcomeModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a forecast differs from the market: each factor's effect, in probability, on each outcome,
 * from the de-margined market (the baseline) to the served forecast.
 *
 * <p>Each member model's raw scores are the sum of its features' contributions (exact SHAP values
 * for the trees, linear terms for the logistic member; the trees' start from the market's
 * log-probabilities is attributed to the price columns). Along the straight path in score space
 * from the market's log-probabilities to the member's scores, the change in each probability is
 * the integral of the softmax Jacobian times the change in scores, which splits exactly, factor by
 * factor, over the contributions (integrated gradients; the path is linear, so the split is exact
 * up to the quadrature, measured in {@link #quadratureError()}). The members are pooled linearly
 * with the ensemble's weights, so their effects pool with the same weights; what calibration then
 * moves is its own factor. Effects plus the baseline equal the forecast.
 *
 * @param baseline        the market's probabilities (uniform when nobody priced the match)
 * @param factors         factors by size of their largest effect
 * @param quadratureError the largest gap, over outcomes, between the baseline plus every effect and
 *                        the forecast
 */
public record Explanation(double[] baseline, List<FactorEffect> factors, double quadratureError) {

  /** One factor's effect on home win, draw and away win, in probability (0.01 is one point). */
  public record FactorEffect(String key, String english, String chinese, double[] effect) {

    public double on(int outcome) {
      return effect[outcome];
    }
  }

  /** Gauss-Legendre nodes and weights on [0, 1], 16 points: exact for polynomials of degree 31. */
  private static final double[][] GAUSS = gaussLegendre(16);

  /**
   * @param marketBaseline whether {@code baseline} is the market's: the members' intercepts then go
   *                       with the prices (the models read the market as a whole, intercept included;
   *                       split apart, the two show large effects that cancel)
   */
  static Explanation of(OutcomeModel model, double[] row, List<String> names, double[] baseline, double[] forecast,
      boolean marketBaseline) {
    List<OutcomeModel> members = model instanceof EnsembleModel e ? e.members() : List.of(model);
    double[] weights = model instanceof EnsembleModel e ? e.weights() : new double[] {1};
    Map<Factors.Factor, double[]> effects = new LinkedHashMap<>();
    double[] pooled = new double[3];
    double[] logBaseline = {Math.log(baseline[0]), Math.log(baseline[1]), Math.log(baseline[2])};
    for (int m = 0; m < members.size(); m++) {
      double[][] c = members.get(m).contributions(row);
      Map<Factors.Factor, double[]> scores = new LinkedHashMap<>();
      for (int j = 0; j <= row.length; j++) {
        Factors.Factor factor = j < row.length ? Factors.of(names.get(j))
            : marketBaseline ? Factors.PRICES : Factors.MODEL;
        double[] s = scores.computeIfAbsent(factor, f -> new double[3]);
        for (int k = 0; k < 3; k++) {
          s[k] += c[k][j];
        }
      }
      // the baseline's log-probabilities are taken out of the prices, which carry the market
      double[] prices = scores.computeIfAbsent(Factors.PRICES, f -> new double[3]);
      double[] delta = new double[3];
      for (int k = 0; k < 3; k++) {
        prices[k] -= logBaseline[k];
      }
      for (double[] s : scores.values()) {
        for (int k = 0; k < 3; k++) {
          delta[k] += s[k];
        }
      }
      double[] memberForecast = softmax(logBaseline, delta, 1);
      for (int k = 0; k < 3; k++) {
        pooled[k] += weights[m] * memberForecast[k];
      }
      for (Map.Entry<Factors.Factor, double[]> s : scores.entrySet()) {
        double[] effect = integrate(logBaseline, delta, s.getValue());
        double[] total = effects.computeIfAbsent(s.getKey(), f -> new double[3]);
        for (int k = 0; k < 3; k++) {
          total[k] += weights[m] * effect[k];
        }
      }
    }
    double[] calibration = effects.computeIfAbsent(Factors.MODEL, f -> new double[3]);
    for (int k = 0; k < 3; k++) {
      calibration[k] += forecast[k] - pooled[k];
    }
    double error = 0;
    for (int k = 0; k < 3; k++) {
      double sum = baseline[k];
      for (double[] effect : effects.values()) {
        sum += effect[k];
      }
      error = Math.max(error, Math.abs(sum - forecast[k]));
    }
    List<FactorEffect> factors = new ArrayList<>();
    effects.forEach((f, e) -> factors.add(new FactorEffect(f.key(), f.english(), f.chinese(), e)));
    factors.sort(Comparator.comparingDouble((FactorEffect f) -> largest(f.effect())).reversed());
    return new Explanation(baseline.clone(), List.copyOf(factors), error);
  }

  /** The change of each probability along the path, due to the part {@code part} of the score change. */
  private static double[] integrate(double[] start, double[] delta, double[] part) {
    double[] out = new double[3];
    for (double[] node : GAUSS) {
      double[] p = softmax(start, delta, node[0]);
      double dot = p[0] * part[0] + p[1] * part[1] + p[2] * part[2];
      for (int k = 0; k < 3; k++) {
        out[k] += node[1] * p[k] * (part[k] - dot);
      }
    }
    return out;
  }

  private static double[] softmax(double[] start, double[] delta, double t) {
    double[] z = new double[3];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < 3; k++) {
      z[k] = start[k] + t * delta[k];
      max = Math.max(max, z[k]);
    }
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      z[k] = Math.exp(z[k] - max);
      sum += z[k];
    }
    for (int k = 0; k < 3; k++) {
      z[k] /= sum;
    }
    return z;
  }

  private static double largest(double[] effect) {
    return Math.max(Math.abs(effect[0]), Math.max(Math.abs(effect[1]), Math.abs(effect[2])));
  }

  /** Nodes (column 0) and weights (column 1) of n-point Gauss-Legendre quadrature on [0, 1]. */
  private static double[][] gaussLegendre(int n) {
    double[][] out = new double[n][2];
    for (int i = 0; i < n; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
      double derivative = 0;
      for (int iteration = 0; iteration < 100; iteration++) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= n; k++) {
          double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        derivative = n * (x * p1 - p0) / (x * x - 1);
        double step = p1 / derivative;
        x -= step;
        if (Math.abs(step) < 1e-15) {
          break;
        }
      }
      out[i][0] = (1 - x) / 2;
      out[i][1] = 1 / ((1 - x * x) * derivative * derivative);
    }
    return out;
  }
}
