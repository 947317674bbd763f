package com.matchcast.feature.table;

/** One club's line in a division's table: 3 points for a win, 1 for a draw. */
final class ClubStanding {

  private static final int POINTS_FOR_WIN = 3;

  int played;
  int points;
  int goalsFor;
  int goalsAgainst;

  void record(int scored, int conceded) {
    played++;
    goalsFor += scored;
    goalsAgainst += conceded;
    points += scored > conceded ? POINTS_FOR_WIN : scored == conceded ? 1 : 0;
  }

  int goalDifference() {
    return goalsFor - goalsAgainst;
  }

  /** Points, then goal difference, then goals scored: the tie-breaks most leagues share. */
  boolean ranksAbove(ClubStanding other) {
    if (points != other.points) {
      return points > other.points;
    }
    if (goalDifference() != other.goalDifference()) {
      return goalDifference() > other.goalDifference();
    }
    return goalsFor > other.goalsFor;
  }
}
