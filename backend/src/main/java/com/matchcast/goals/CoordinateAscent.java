package com.matchcast.goals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Maximises the Dixon-Coles log-likelihood (weighted, with a ridge penalty on attack and
 * defence) one parameter at a time. Each step is a Newton step whose curvature is the Poisson
 * part's, sum w * lambda: the tau terms are small and only touch four scores, so the steps still
 * converge to the exact optimum, where the full gradient is zero. rho, in which log tau is
 * concave, gets an exact Newton step each pass.
 */
final class CoordinateAscent {

  /** No single step moves a log-strength by more than this: guards the first passes of a cold start. */
  private static final double MAX_STEP = 1.0;
  private static final double RHO_BOUND = 0.5;
  private static final int[] NONE = new int[0];

  private final MatchTable table;
  private final double shrinkage;
  private final double[] attack;
  private final double[] defence;
  private final double[] lambda;
  private final double[] mu;
  private final int[] all;
  private final int[] lowScores;
  private double intercept;
  private double homeAdvantage;
  private double rho;

  /** Starts from the warm start's values for the clubs it knows, else from an average club. */
  CoordinateAscent(MatchTable table, double shrinkage, DixonColesFit warmStart) {
    this.table = table;
    this.shrinkage = shrinkage;
    attack = new double[table.clubs.size()];
    defence = new double[table.clubs.size()];
    lambda = new double[table.size()];
    mu = new double[table.size()];
    all = IntStream.range(0, table.size()).toArray();
    lowScores = IntStream.range(0, table.size())
        .filter(m -> LowScoreCorrection.isLowScore(table.homeGoals[m], table.awayGoals[m])).toArray();
    if (warmStart == null) {
      coldStart();
    } else {
      warmStart(warmStart);
    }
    for (int m = 0; m < table.size(); m++) {
      lambda[m] = Math.exp(intercept + homeAdvantage + attack[table.home[m]] - defence[table.away[m]]);
      mu[m] = Math.exp(intercept + attack[table.away[m]] - defence[table.home[m]]);
    }
  }

  /** One pass over every parameter; returns the largest move. */
  double pass() {
    double interceptMove = step(all, all, 1.0, intercept, 0.0);
    intercept += interceptMove;
    double homeMove = step(all, NONE, 1.0, homeAdvantage, 0.0);
    homeAdvantage += homeMove;
    double largest = Math.max(Math.abs(interceptMove), Math.abs(homeMove));
    for (int c = 0; c < attack.length; c++) {
      double attackMove = step(table.homeMatchesOf[c], table.awayMatchesOf[c], 1.0, attack[c], shrinkage);
      attack[c] += attackMove;
      double defenceMove = step(table.awayMatchesOf[c], table.homeMatchesOf[c], -1.0, defence[c], shrinkage);
      defence[c] += defenceMove;
      largest = Math.max(largest, Math.max(Math.abs(attackMove), Math.abs(defenceMove)));
    }
    return Math.max(largest, Math.abs(moveRho()));
  }

  DixonColesFit toFit(LocalDate asOf) {
    Map<String, DixonColesFit.Club> clubs = new HashMap<>();
    int[] played = table.matchesPlayed();
    for (int c = 0; c < attack.length; c++) {
      clubs.put(table.clubs.get(c), new DixonColesFit.Club(attack[c], defence[c], played[c]));
    }
    return new DixonColesFit(asOf, clubs, intercept, homeAdvantage, rho);
  }

  /**
   * A Newton step for a parameter that raises log lambda of {@code lambdaSide} matches and log mu
   * of {@code muSide} matches by {@code sign} per unit; applies it to lambda and mu.
   */
  private double step(int[] lambdaSide, int[] muSide, double sign, double current, double penalty) {
    double gradient = 0;
    double curvature = penalty;
    for (int m : lambdaSide) {
      gradient += table.weight[m] * (table.homeGoals[m] - lambda[m] + tauSlopeInLogLambda(m));
      curvature += table.weight[m] * lambda[m];
    }
    for (int m : muSide) {
      gradient += table.weight[m] * (table.awayGoals[m] - mu[m] + tauSlopeInLogMu(m));
      curvature += table.weight[m] * mu[m];
    }
    gradient = sign * gradient - penalty * current;
    if (curvature <= 0) {
      return 0.0;
    }
    double move = Math.max(-MAX_STEP, Math.min(MAX_STEP, gradient / curvature));
    double factor = Math.exp(sign * move);
    for (int m : lambdaSide) {
      lambda[m] *= factor;
    }
    for (int m : muSide) {
      mu[m] *= factor;
    }
    return move;
  }

  /** d log tau / d log lambda: -lambda mu rho / tau at 0-0, lambda rho / tau at 0-1, else 0. */
  private double tauSlopeInLogLambda(int m) {
    int x = table.homeGoals[m];
    int y = table.awayGoals[m];
    if (x != 0 || y > 1) {
      return 0.0;
    }
    double tau = LowScoreCorrection.tau(x, y, lambda[m], mu[m], rho);
    return (y == 0 ? -lambda[m] * mu[m] * rho : lambda[m] * rho) / tau;
  }

  /** d log tau / d log mu: -lambda mu rho / tau at 0-0, mu rho / tau at 1-0, else 0. */
  private double tauSlopeInLogMu(int m) {
    int x = table.homeGoals[m];
    int y = table.awayGoals[m];
    if (y != 0 || x > 1) {
      return 0.0;
    }
    double tau = LowScoreCorrection.tau(x, y, lambda[m], mu[m], rho);
    return (x == 0 ? -lambda[m] * mu[m] * rho : mu[m] * rho) / tau;
  }

  /** Newton on rho, halved until every low score keeps tau > 0. */
  private double moveRho() {
    double gradient = 0;
    double curvature = 0;
    for (int m : lowScores) {
      double slope = slopeOfTau(m) / tau(m, rho);
      gradient += table.weight[m] * slope;
      curvature += table.weight[m] * slope * slope;
    }
    if (curvature <= 0) {
      return 0.0;
    }
    double target = Math.max(-RHO_BOUND, Math.min(RHO_BOUND, rho + gradient / curvature));
    while (!feasible(target)) {
      target = (rho + target) / 2;
    }
    double move = target - rho;
    rho = target;
    return move;
  }

  private boolean feasible(double candidate) {
    for (int m : lowScores) {
      if (tau(m, candidate) <= 1e-9) {
        return false;
      }
    }
    return true;
  }

  private double tau(int m, double rhoValue) {
    return LowScoreCorrection.tau(table.homeGoals[m], table.awayGoals[m], lambda[m], mu[m], rhoValue);
  }

  private double slopeOfTau(int m) {
    return LowScoreCorrection.slopeInRho(table.homeGoals[m], table.awayGoals[m], lambda[m], mu[m]);
  }

  /** The observed away goals per match as exp(intercept), the home/away goal ratio as exp(home advantage). */
  private void coldStart() {
    double weights = 0;
    double homeGoals = 0;
    double awayGoals = 0;
    for (int m = 0; m < table.size(); m++) {
      weights += table.weight[m];
      homeGoals += table.weight[m] * table.homeGoals[m];
      awayGoals += table.weight[m] * table.awayGoals[m];
    }
    double perMatch = 0.1 * weights;
    intercept = Math.log(Math.max(awayGoals, perMatch) / weights);
    homeAdvantage = Math.log(Math.max(homeGoals, perMatch) / Math.max(awayGoals, perMatch));
  }

  private void warmStart(DixonColesFit fit) {
    intercept = fit.intercept();
    homeAdvantage = fit.homeAdvantage();
    rho = fit.rho();
    for (int c = 0; c < attack.length; c++) {
      DixonColesFit.Club club = fit.club(table.clubs.get(c)).orElse(null);
      if (club != null) {
        attack[c] = club.attack();
        defence[c] = club.defence();
      }
    }
  }
}
