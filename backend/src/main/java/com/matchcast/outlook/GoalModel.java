package com.matchcast.outlook;

import com.matchcast.goals.DixonColes;
import com.matchcast.goals.DixonColesFit;
import com.matchcast.goals.GoalObservation;
import com.matchcast.goals.ScoreGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Score grids for the matches beyond the prediction horizon: a Dixon-Coles fit on the results known
 * before the outlook's day, of the league and of the division below (so that a promoted club has a
 * strength measured against the clubs it was promoted with, linked to the league by the clubs that
 * went down). A club the fit does not know is an average club of the fit; with too few results for
 * a fit, every club is average at the goal rates of the results there are (or typical ones).
 */
final class GoalModel {

  static final int MAX_GOALS = 10;
  /** Fewer results than a half season of a 20-club league: no fit. */
  static final int MINIMUM_RESULTS = 190;
  private static final double TYPICAL_HOME_GOALS = 1.5;
  private static final double TYPICAL_AWAY_GOALS = 1.2;

  private final DixonColesFit fit;

  private GoalModel(DixonColesFit fit) {
    this.fit = fit;
  }

  /** From results all before {@code day}. */
  static GoalModel fittedOn(List<GoalObservation> results, LocalDate day) {
    if (results.size() >= MINIMUM_RESULTS) {
      return new GoalModel(new DixonColes().fit(results, day, null));
    }
    double home = results.stream().mapToInt(GoalObservation::homeGoals).average().orElse(TYPICAL_HOME_GOALS);
    double away = results.stream().mapToInt(GoalObservation::awayGoals).average().orElse(TYPICAL_AWAY_GOALS);
    home = home > 0 ? home : TYPICAL_HOME_GOALS;
    away = away > 0 ? away : TYPICAL_AWAY_GOALS;
    return new GoalModel(DixonColesFit.of(day, Map.of(), Math.log(away), Math.log(home / away), 0));
  }

  ScoreGrid grid(String home, String away) {
    Map<String, double[]> clubs = Map.of("home", strengths(home), "away", strengths(away));
    DixonColesFit pair = DixonColesFit.of(fit.asOf(), clubs, fit.intercept(), fit.homeAdvantage(), fit.rho());
    return pair.scoreGrid("home", "away", MAX_GOALS).orElseThrow();
  }

  private double[] strengths(String club) {
    return fit.club(club).map(c -> new double[] {c.attack(), c.defence()}).orElse(new double[] {0, 0});
  }
}
