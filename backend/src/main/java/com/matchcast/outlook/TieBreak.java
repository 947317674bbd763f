package com.matchcast.outlook;

/**
 * One criterion that orders clubs level on points. The head-to-head criteria are computed over the
 * matches between the clubs still level when the first of them is reached (a mini-league), as the
 * leagues that use them before goal difference do.
 */
public enum TieBreak {
  GOAL_DIFFERENCE(false),
  GOALS_FOR(false),
  HEAD_TO_HEAD_POINTS(true),
  HEAD_TO_HEAD_GOAL_DIFFERENCE(true),
  HEAD_TO_HEAD_GOALS_FOR(true);

  private final boolean headToHead;

  TieBreak(boolean headToHead) {
    this.headToHead = headToHead;
  }

  public boolean headToHead() {
    return headToHead;
  }

  /** The club's value (higher ranks higher); {@code miniLeague} matters only to head-to-head criteria. */
  int value(SeasonTable table, int club, int[] miniLeague, int miniLeagueSize) {
    return switch (this) {
      case GOAL_DIFFERENCE -> table.goalsFor[club] - table.goalsAgainst[club];
      case GOALS_FOR -> table.goalsFor[club];
      case HEAD_TO_HEAD_POINTS -> sum(table.headToHeadPoints, table.clubs, club, miniLeague, miniLeagueSize, false);
      case HEAD_TO_HEAD_GOALS_FOR -> sum(table.headToHeadGoals, table.clubs, club, miniLeague, miniLeagueSize, false);
      case HEAD_TO_HEAD_GOAL_DIFFERENCE ->
          sum(table.headToHeadGoals, table.clubs, club, miniLeague, miniLeagueSize, false)
              - sum(table.headToHeadGoals, table.clubs, club, miniLeague, miniLeagueSize, true);
    };
  }

  /** Row {@code club} of a clubs x clubs matrix over the mini-league, or its column when {@code against}. */
  private static int sum(int[] matrix, int clubs, int club, int[] miniLeague, int size, boolean against) {
    int total = 0;
    for (int i = 0; i < size; i++) {
      int other = miniLeague[i];
      if (other != club) {
        total += against ? matrix[other * clubs + club] : matrix[club * clubs + other];
      }
    }
    return total;
  }
}
