package com.matchcast.feature.table;

import java.util.HashMap;
import java.util.Map;

/**
 * A division's table for one season, from the matches learned so far, and the size of the
 * previous season, which tells how many matches this one will have: the data gives no fixture
 * list in advance, so the future must not be counted.
 */
final class SeasonTable {

  final String season;
  private final int previousSeasonClubs;
  private final int previousSeasonMatches;
  private final Map<String, ClubStanding> clubs = new HashMap<>();
  private int matchesPlayed;

  SeasonTable(String season, int previousSeasonClubs, int previousSeasonMatches) {
    this.season = season;
    this.previousSeasonClubs = previousSeasonClubs;
    this.previousSeasonMatches = previousSeasonMatches;
  }

  /** The table that follows this one in the division, empty, remembering this season's size. */
  SeasonTable next(String nextSeason) {
    return new SeasonTable(nextSeason, clubs.size(), matchesPlayed);
  }

  void record(String homeClub, String awayClub, int homeGoals, int awayGoals) {
    clubs.computeIfAbsent(homeClub, club -> new ClubStanding()).record(homeGoals, awayGoals);
    clubs.computeIfAbsent(awayClub, club -> new ClubStanding()).record(awayGoals, homeGoals);
    matchesPlayed++;
  }

  /** Null before the club's first match of the season. */
  ClubStanding standing(String club) {
    return clubs.get(club);
  }

  int clubCount() {
    return clubs.size();
  }

  /** 1 for the top; clubs level on every tie-break share a position, so the order of play never matters. */
  int position(ClubStanding standing) {
    int above = 0;
    for (ClubStanding other : clubs.values()) {
      above += other.ranksAbove(standing) ? 1 : 0;
    }
    return above + 1;
  }

  int leaderPoints() {
    int most = 0;
    for (ClubStanding other : clubs.values()) {
      most = Math.max(most, other.points);
    }
    return most;
  }

  /**
   * Share of the season already played. The expected total is a double round robin of the
   * previous season's clubs (or of the clubs seen so far, when more), or the previous season's
   * match count when that was larger (splits and play-offs, as in SC0 and B1). NaN when nothing
   * tells how many clubs there are.
   */
  double progress() {
    int size = Math.max(previousSeasonClubs, clubs.size());
    if (size < 2) {
      return Double.NaN;
    }
    int expected = Math.max(size * (size - 1), previousSeasonMatches);
    return Math.min(1.0, matchesPlayed / (double) expected);
  }
}
