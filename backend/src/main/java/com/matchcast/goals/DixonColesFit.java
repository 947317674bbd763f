package com.matchcast.goals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fitted Dixon-Coles model. Goal expectations:
 * lambda = exp(intercept + homeAdvantage + attack(home) - defence(away)) for the home club and
 * mu = exp(intercept + attack(away) - defence(home)) for the away club. Attack and defence are
 * relative to the average club (0): a higher defence concedes fewer goals.
 */
public final class DixonColesFit {

  private final LocalDate asOf;
  private final Map<String, Club> clubs;
  private final double intercept;
  private final double homeAdvantage;
  private final double rho;

  /** One club's strengths and how many matches of the fit it played. */
  public record Club(double attack, double defence, int matchesPlayed) {}

  public DixonColesFit(LocalDate asOf, Map<String, Club> clubs, double intercept, double homeAdvantage, double rho) {
    this.asOf = asOf;
    this.clubs = Map.copyOf(clubs);
    this.intercept = intercept;
    this.homeAdvantage = homeAdvantage;
    this.rho = rho;
  }

  /** A fit from given strengths, each club counted as having played once: for tests and examples. */
  public static DixonColesFit of(LocalDate asOf, Map<String, double[]> attackAndDefence, double intercept,
      double homeAdvantage, double rho) {
    Map<String, Club> clubs = new HashMap<>();
    attackAndDefence.forEach((club, strengths) -> clubs.put(club, new Club(strengths[0], strengths[1], 1)));
    return new DixonColesFit(asOf, clubs, intercept, homeAdvantage, rho);
  }

  /** The date the fit predicts from: every match it learned was before it. */
  public LocalDate asOf() {
    return asOf;
  }

  public double intercept() {
    return intercept;
  }

  public double homeAdvantage() {
    return homeAdvantage;
  }

  public double rho() {
    return rho;
  }

  public Set<String> clubs() {
    return clubs.keySet();
  }

  public Optional<Club> club(String club) {
    return Optional.ofNullable(clubs.get(club));
  }

  public double attack(String club) {
    return club(club).map(Club::attack).orElse(Double.NaN);
  }

  public double defence(String club) {
    return club(club).map(Club::defence).orElse(Double.NaN);
  }

  /** lambda and mu; both NaN when either club is not in the fit. */
  public GoalExpectation expectedGoals(String homeClub, String awayClub) {
    Club home = clubs.get(homeClub);
    Club away = clubs.get(awayClub);
    if (home == null || away == null) {
      return GoalExpectation.UNKNOWN;
    }
    return new GoalExpectation(Math.exp(intercept + homeAdvantage + home.attack() - away.defence()),
        Math.exp(intercept + away.attack() - home.defence()));
  }

  /** The exact score grid up to maxGoals each; empty when either club is not in the fit. */
  public Optional<ScoreGrid> scoreGrid(String homeClub, String awayClub, int maxGoals) {
    GoalExpectation goals = expectedGoals(homeClub, awayClub);
    return goals.isKnown() ? Optional.of(scoreGrid(goals, rho, maxGoals)) : Optional.empty();
  }

  /** Independent Poisson goals times the low-score correction tau, with rho kept admissible for this match. */
  static ScoreGrid scoreGrid(GoalExpectation goals, double fittedRho, int maxGoals) {
    double rho = LowScoreCorrection.admissibleRho(fittedRho, goals.home(), goals.away());
    double[] home = poisson(goals.home(), maxGoals);
    double[] away = poisson(goals.away(), maxGoals);
    double[][] weights = new double[maxGoals + 1][maxGoals + 1];
    for (int h = 0; h <= maxGoals; h++) {
      for (int a = 0; a <= maxGoals; a++) {
        weights[h][a] = home[h] * away[a] * LowScoreCorrection.tau(h, a, goals.home(), goals.away(), rho);
      }
    }
    return ScoreGrid.of(weights);
  }

  static double[] poisson(double mean, int maxGoals) {
    double[] pmf = new double[maxGoals + 1];
    pmf[0] = Math.exp(-mean);
    for (int k = 1; k <= maxGoals; k++) {
      pmf[k] = pmf[k - 1] * mean / k;
    }
    return pmf;
  }
}
