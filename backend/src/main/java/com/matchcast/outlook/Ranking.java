package com.matchcast.outlook;

import java.util.SplittableRandom;

/**
 * Orders a {@link SeasonTable} by a league's rules: points, then each {@link TieBreak} in turn,
 * then lots. Built once per worker and reused for every simulated season: it allocates nothing
 * while ranking. Points and the criteria before the first head-to-head one are packed into one
 * sort key; only clubs still level after that key are looked at criterion by criterion.
 */
final class Ranking {

  private static final long OFFSET = 1L << 20;

  private final TieBreak[] criteria;
  /** How many leading criteria are in the sort key (goal difference and goals for, before any head-to-head). */
  private final int packed;
  private final long[] keys;
  private final int[] values;
  /** One mini-league per criterion depth, filled when a head-to-head block starts. */
  private final int[][] miniLeagues;

  Ranking(TieBreak[] criteria, int clubs) {
    this.criteria = criteria.clone();
    int leading = 0;
    while (leading < criteria.length && !criteria[leading].headToHead() && leading < 2
        && criteria[leading] == (leading == 0 ? TieBreak.GOAL_DIFFERENCE : TieBreak.GOALS_FOR)) {
      leading++;
    }
    this.packed = leading;
    this.keys = new long[clubs];
    this.values = new int[clubs];
    this.miniLeagues = new int[criteria.length + 1][clubs];
  }

  /** Fills {@code order} with the clubs, first place first; ties left after every criterion go to lots. */
  void rank(SeasonTable table, SplittableRandom lots, int[] order) {
    int clubs = table.clubs;
    for (int club = 0; club < clubs; club++) {
      order[club] = club;
      long key = (table.points[club] + OFFSET) << 42;
      if (packed > 0) {
        key |= (table.goalsFor[club] - table.goalsAgainst[club] + OFFSET) << 21;
      }
      if (packed > 1) {
        key |= table.goalsFor[club];
      }
      keys[club] = key;
    }
    for (int i = 1; i < clubs; i++) {
      int club = order[i];
      long key = keys[club];
      int j = i - 1;
      while (j >= 0 && keys[order[j]] < key) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = club;
    }
    int start = 0;
    while (start < clubs) {
      int end = start + 1;
      while (end < clubs && keys[order[end]] == keys[order[start]]) {
        end++;
      }
      if (end - start > 1) {
        resolve(table, order, start, end, packed, null, 0, lots);
      }
      start = end;
    }
  }

  private void resolve(SeasonTable table, int[] order, int from, int to, int criterion, int[] miniLeague,
      int miniLeagueSize, SplittableRandom lots) {
    if (criterion == criteria.length) {
      drawLots(order, from, to, lots);
      return;
    }
    TieBreak tieBreak = criteria[criterion];
    if (tieBreak.headToHead() && (criterion == 0 || !criteria[criterion - 1].headToHead())) {
      miniLeague = miniLeagues[criterion];
      miniLeagueSize = to - from;
      System.arraycopy(order, from, miniLeague, 0, miniLeagueSize);
    }
    for (int k = from; k < to; k++) {
      values[order[k]] = tieBreak.value(table, order[k], miniLeague, miniLeagueSize);
    }
    for (int i = from + 1; i < to; i++) {
      int club = order[i];
      int value = values[club];
      int j = i - 1;
      while (j >= from && values[order[j]] < value) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = club;
    }
    int start = from;
    while (start < to) {
      int end = start + 1;
      while (end < to && values[order[end]] == values[order[start]]) {
        end++;
      }
      if (end - start > 1) {
        resolve(table, order, start, end, criterion + 1, miniLeague, miniLeagueSize, lots);
      }
      start = end;
    }
  }

  /** A fair draw among clubs level on everything (a play-off, where a league holds one, is not simulated). */
  private static void drawLots(int[] order, int from, int to, SplittableRandom lots) {
    for (int i = to - 1; i > from; i--) {
      int j = from + lots.nextInt(i - from + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }
}
