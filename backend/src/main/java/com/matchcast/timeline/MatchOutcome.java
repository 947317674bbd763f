package com.matchcast.timeline;

import com.matchcast.matchdata.MatchStatistics;


/**
 * What a match produced: known only after full time, so it reaches a feature source only
 * through {@code learn}, after every match of that date has been described.
 */
public record MatchOutcome(int homeGoals, int awayGoals, Integer homeGoalsHalfTime, Integer awayGoalsHalfTime,
    MatchStatistics statistics) {

  public static final int HOME_WIN = 0;
  public static final int DRAW = 1;
  public static final int AWAY_WIN = 2;

  /** 0 home win, 1 draw, 2 away win: the order of every probability vector in Matchcast. */
  public int result() {
    return homeGoals > awayGoals ? HOME_WIN : homeGoals == awayGoals ? DRAW : AWAY_WIN;
  }

  public int totalGoals() {
    return homeGoals + awayGoals;
  }

  public boolean bothTeamsScored() {
    return homeGoals > 0 && awayGoals > 0;
  }
}
