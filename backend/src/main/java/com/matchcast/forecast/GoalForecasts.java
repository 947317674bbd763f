package com.matchcast.forecast;

import com.matchcast.timeline.UpcomingMatch;


/** Goal-market forecasts of a match, all read from one exact-score grid so that they agree. */
public interface GoalForecasts {

  /** The goal markets of a match whose final home / draw / away forecast is {@code outcome}. */
  Goals of(UpcomingMatch match, double[] outcome);

  record Goals(double overTwoAndAHalf, double bothTeamsScore, double expectedHomeGoals, double expectedAwayGoals) {}
}
