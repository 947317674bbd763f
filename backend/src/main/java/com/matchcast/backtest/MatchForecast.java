package com.matchcast.backtest;

import com.matchcast.timeline.TimelineMatch;


/**
 * The forecast of one match: home win / draw / away win probabilities (summing to 1) and the
 * goal markets from the exact-score grid.
 */
public record MatchForecast(
    TimelineMatch match,
    double home,
    double draw,
    double away,
    double overTwoAndAHalf,
    double bothTeamsScore,
    double expectedHomeGoals,
    double expectedAwayGoals,
    String modelVersion) {

  public double[] outcomeProbabilities() {
    return new double[] {home, draw, away};
  }
}
