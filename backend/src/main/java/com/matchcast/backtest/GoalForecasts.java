package com.matchcast.backtest;

import com.matchcast.history.UpcomingMatch;

/** Goal-market forecasts of a match, all read from one exact-score grid so that they agree. */
public interface GoalForecasts {

  Goals of(UpcomingMatch match);

  record Goals(double overTwoAndAHalf, double bothTeamsScore, double expectedHomeGoals, double expectedAwayGoals) {}
}
