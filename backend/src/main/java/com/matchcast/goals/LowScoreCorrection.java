package com.matchcast.goals;

/**
 * Dixon and Coles (1997, "Modelling association football scores and inefficiencies in the
 * football betting market", JRSS C 46(2), eq. 4.2): independent Poisson goals give too few 0-0
 * and 1-1 draws when rho < 0, so the four low scores are reweighted by tau:
 * tau(0,0) = 1 - lambda mu rho, tau(0,1) = 1 + lambda rho, tau(1,0) = 1 + mu rho,
 * tau(1,1) = 1 - rho, and 1 for every other score. The reweighting keeps both goal expectations
 * and the total mass unchanged.
 */
final class LowScoreCorrection {

  private LowScoreCorrection() {}

  /** tau(x, y) for home goal expectation lambda and away goal expectation mu. */
  static double tau(int homeGoals, int awayGoals, double lambda, double mu, double rho) {
    if (homeGoals == 0 && awayGoals == 0) {
      return 1.0 - lambda * mu * rho;
    }
    if (homeGoals == 0 && awayGoals == 1) {
      return 1.0 + lambda * rho;
    }
    if (homeGoals == 1 && awayGoals == 0) {
      return 1.0 + mu * rho;
    }
    return homeGoals == 1 && awayGoals == 1 ? 1.0 - rho : 1.0;
  }

  /**
   * The rho nearest to {@code rho} for which every tau of this match is non-negative:
   * max(-1/lambda, -1/mu) <= rho <= min(1/(lambda mu), 1). A rho fitted on a division's past
   * matches can fall outside that range for an extreme pairing it never saw (a strong positive rho
   * with two high-scoring sides makes tau(0,0) negative); the grid then uses the boundary, where
   * the offending low score gets probability zero. Inside the range rho is returned unchanged.
   */
  static double admissibleRho(double rho, double lambda, double mu) {
    double lowest = Math.max(-1.0 / lambda, -1.0 / mu);
    double highest = Math.min(1.0 / (lambda * mu), 1.0);
    return Math.min(Math.max(rho, lowest), highest);
  }

  /** d tau / d rho: tau is linear in rho, so log tau is concave in rho. */
  static double slopeInRho(int homeGoals, int awayGoals, double lambda, double mu) {
    if (homeGoals == 0 && awayGoals == 0) {
      return -lambda * mu;
    }
    if (homeGoals == 0 && awayGoals == 1) {
      return lambda;
    }
    if (homeGoals == 1 && awayGoals == 0) {
      return mu;
    }
    return homeGoals == 1 && awayGoals == 1 ? -1.0 : 0.0;
  }

  static boolean isLowScore(int homeGoals, int awayGoals) {
    return homeGoals <= 1 && awayGoals <= 1;
  }
}
