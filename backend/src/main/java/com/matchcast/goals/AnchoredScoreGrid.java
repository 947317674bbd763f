package com.matchcast.goals;

/**
 * A Dixon-Coles exact-score grid whose goal expectations are chosen so that the grid agrees
 * with the final home win / away win forecast and with the expected share of matches over 2.5
 * goals. Every goal market (over/under, both teams to score, expected goals) then comes from a
 * grid consistent with the 1X2 forecast, instead of from a second, disagreeing model.
 */
public final class AnchoredScoreGrid {

  /** The grid's low-score correction; Dixon-Coles fits of European leagues sit around this value. */
  static final double RHO = -0.05;
  private static final int MAX_GOALS = 10;
  private static final int ITERATIONS = 30;
  private static final double STEP = 1e-5;

  private AnchoredScoreGrid() {}

  /**
   * Finds the home and away goal expectations (starting from a first guess) whose grid best
   * matches the targets in least squares, and returns that grid.
   */
  public static ScoreGrid fit(double pHome, double pAway, double pOver, double lambdaGuess, double muGuess) {
    return fitParameters(pHome, pAway, pOver, lambdaGuess, muGuess).grid();
  }

  /** The same fit, as the parameters of its grid (what a prediction keeps to draw its grid again). */
  public static ScoreGridParameters fitParameters(double pHome, double pAway, double pOver, double lambdaGuess,
      double muGuess) {
    double[] x = {Math.log(valid(lambdaGuess, 1.45)), Math.log(valid(muGuess, 1.15))};
    double[] target = {pHome, pAway, pOver};
    for (int i = 0; i < ITERATIONS; i++) {
      double[] r = residuals(x, target);
      double[] ra = residuals(new double[] {x[0] + STEP, x[1]}, target);
      double[] rb = residuals(new double[] {x[0], x[1] + STEP}, target);
      double[][] jacobian = new double[3][2];
      for (int k = 0; k < 3; k++) {
        jacobian[k][0] = (ra[k] - r[k]) / STEP;
        jacobian[k][1] = (rb[k] - r[k]) / STEP;
      }
      double[] delta = gaussNewtonStep(jacobian, r);
      x[0] = clamp(x[0] - delta[0]);
      x[1] = clamp(x[1] - delta[1]);
      if (Math.abs(delta[0]) + Math.abs(delta[1]) < 1e-9) {
        break;
      }
    }
    return new ScoreGridParameters(Math.exp(x[0]), Math.exp(x[1]), RHO, MAX_GOALS);
  }

  static ScoreGrid grid(double lambda, double mu) {
    return grid(lambda, mu, RHO, MAX_GOALS);
  }

  static ScoreGrid grid(double lambda, double mu, double rho, int maxGoals) {
    double[][] weights = new double[maxGoals + 1][maxGoals + 1];
    double[] home = poisson(lambda, maxGoals);
    double[] away = poisson(mu, maxGoals);
    for (int h = 0; h <= maxGoals; h++) {
      for (int a = 0; a <= maxGoals; a++) {
        weights[h][a] = home[h] * away[a] * LowScoreCorrection.tau(h, a, lambda, mu, rho);
      }
    }
    return ScoreGrid.of(weights);
  }

  private static double[] residuals(double[] x, double[] target) {
    ScoreGrid g = grid(Math.exp(x[0]), Math.exp(x[1]));
    return new double[] {g.homeWin() - target[0], g.awayWin() - target[1], g.over(2.5) - target[2]};
  }

  /** Solves (J^T J) d = J^T r for the two parameters, with a little damping for stability. */
  private static double[] gaussNewtonStep(double[][] j, double[] r) {
    double a = 1e-9;
    double b = 0;
    double d = 1e-9;
    double u = 0;
    double v = 0;
    for (int k = 0; k < 3; k++) {
      a += j[k][0] * j[k][0];
      b += j[k][0] * j[k][1];
      d += j[k][1] * j[k][1];
      u += j[k][0] * r[k];
      v += j[k][1] * r[k];
    }
    double det = a * d - b * b;
    return new double[] {(d * u - b * v) / det, (a * v - b * u) / det};
  }

  private static double[] poisson(double rate, int maxGoals) {
    double[] mass = new double[maxGoals + 1];
    mass[0] = Math.exp(-rate);
    for (int k = 1; k <= maxGoals; k++) {
      mass[k] = mass[k - 1] * rate / k;
    }
    return mass;
  }

  /** Goal expectations between 0.1 and 6: wide enough for any real match, safe for the grid. */
  private static double clamp(double logRate) {
    return Math.max(Math.log(0.1), Math.min(Math.log(6.0), logRate));
  }

  private static double valid(double guess, double fallback) {
    return Double.isFinite(guess) && guess > 0 ? guess : fallback;
  }
}
