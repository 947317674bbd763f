package com.matchcast.feature.league;

import com.matchcast.timeline.MatchOutcome;


/** Results of a division's matches, counted: how often the home team wins, how many goals fall. */
final class SeasonTally {

  static final SeasonTally NONE = new SeasonTally(null);

  final String season;
  int matches;
  int homeWins;
  int draws;
  int awayWins;
  int homeGoals;
  int awayGoals;

  SeasonTally(String season) {
    this.season = season;
  }

  void record(MatchOutcome outcome) {
    matches++;
    homeWins += outcome.result() == MatchOutcome.HOME_WIN ? 1 : 0;
    draws += outcome.result() == MatchOutcome.DRAW ? 1 : 0;
    awayWins += outcome.result() == MatchOutcome.AWAY_WIN ? 1 : 0;
    homeGoals += outcome.homeGoals();
    awayGoals += outcome.awayGoals();
  }

  /** Writes the six rates of {@link LeagueFeatures} for these seasons together; NaN when they hold no match. */
  static int writeRates(SeasonTally one, SeasonTally other, double[] out, int at) {
    double matches = one.matches + other.matches;
    out[at++] = (one.homeWins + other.homeWins) / matches;
    out[at++] = (one.draws + other.draws) / matches;
    out[at++] = (one.awayWins + other.awayWins) / matches;
    out[at++] = (one.homeGoals + other.homeGoals + one.awayGoals + other.awayGoals) / matches;
    out[at++] = (one.homeGoals + other.homeGoals) / matches;
    out[at++] = (one.awayGoals + other.awayGoals) / matches;
    return at;
  }
}
