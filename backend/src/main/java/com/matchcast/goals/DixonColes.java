package com.matchcast.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The Dixon and Coles (1997) goal model: each club's goals are Poisson with a mean from its
 * attack, the opponent's defence and home advantage, the four low scores are corrected by tau
 * (see {@link LowScoreCorrection}), and older matches count less, by exp(-xi * days before).
 * Fitted by penalised maximum likelihood with coordinate ascent, warm-started from the previous
 * fit, which makes a weekly refit of a league a matter of a few passes.
 */
public final class DixonColes {

  private final DixonColesParameters parameters;

  public DixonColes(DixonColesParameters parameters) {
    this.parameters = parameters;
  }

  public DixonColes() {
    this(DixonColesParameters.defaults());
  }

  public DixonColesParameters parameters() {
    return parameters;
  }

  /**
   * Fits on {@code matches}, all of which must be before {@code asOf}.
   *
   * @param warmStart the previous fit of the same league, or null to start from an average club
   * @throws IllegalArgumentException when a match is on or after asOf
   */
  public DixonColesFit fit(List<GoalObservation> matches, LocalDate asOf, DixonColesFit warmStart) {
    MatchTable table = MatchTable.of(matches, asOf, parameters.timeDecayPerDay());
    CoordinateAscent ascent = new CoordinateAscent(table, parameters.shrinkage(), warmStart);
    for (int pass = 0; pass < parameters.maxPasses(); pass++) {
      if (ascent.pass() < parameters.tolerance()) {
        break;
      }
    }
    return ascent.toFit(asOf);
  }

  /**
   * The time-weighted log-likelihood of {@code matches} under {@code fit}, weights taken from the
   * fit's date: sum of exp(-xi d) * log(tau(x, y) * Poisson(x; lambda) * Poisson(y; mu)).
   * Matches of a club the fit does not know are skipped.
   */
  public double logLikelihood(DixonColesFit fit, List<GoalObservation> matches) {
    double total = 0;
    for (GoalObservation match : matches) {
      GoalExpectation goals = fit.expectedGoals(match.homeClub(), match.awayClub());
      if (!goals.isKnown()) {
        continue;
      }
      double weight = Math.exp(-parameters.timeDecayPerDay() * ChronoUnit.DAYS.between(match.date(), fit.asOf()));
      double tau = LowScoreCorrection.tau(match.homeGoals(), match.awayGoals(), goals.home(), goals.away(), fit.rho());
      total += weight * (Math.log(tau) + logPoisson(match.homeGoals(), goals.home())
          + logPoisson(match.awayGoals(), goals.away()));
    }
    return total;
  }

  private static double logPoisson(int goals, double mean) {
    double logFactorial = 0;
    for (int k = 2; k <= goals; k++) {
      logFactorial += Math.log(k);
    }
    return goals * Math.log(mean) - mean - logFactorial;
  }
}
