package com.matchcast.goals;

/** The Poisson means of a match's goals: lambda for the home club, mu for the away club. */
public record GoalExpectation(double home, double away) {

  public static final GoalExpectation UNKNOWN = new GoalExpectation(Double.NaN, Double.NaN);

  public boolean isKnown() {
    return !Double.isNaN(home) && !Double.isNaN(away);
  }
}
