package com.matchcast.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The matches of one fit as flat arrays, with each club's matches at home and away indexed. */
final class MatchTable {

  final List<String> clubs = new ArrayList<>();
  final Map<String, Integer> clubIndex = new HashMap<>();
  final int[] home;
  final int[] away;
  final int[] homeGoals;
  final int[] awayGoals;
  final double[] weight;
  int[][] homeMatchesOf;
  int[][] awayMatchesOf;

  private MatchTable(int size) {
    home = new int[size];
    away = new int[size];
    homeGoals = new int[size];
    awayGoals = new int[size];
    weight = new double[size];
  }

  /** Weights exp(-xi * days before asOf); a match on or after asOf would leak and is refused. */
  static MatchTable of(List<GoalObservation> matches, LocalDate asOf, double timeDecayPerDay) {
    MatchTable table = new MatchTable(matches.size());
    for (int m = 0; m < matches.size(); m++) {
      GoalObservation match = matches.get(m);
      long daysBefore = ChronoUnit.DAYS.between(match.date(), asOf);
      if (daysBefore <= 0) {
        throw new IllegalArgumentException("a fit as of " + asOf + " cannot learn from a match of " + match.date());
      }
      table.home[m] = table.indexOf(match.homeClub());
      table.away[m] = table.indexOf(match.awayClub());
      table.homeGoals[m] = match.homeGoals();
      table.awayGoals[m] = match.awayGoals();
      table.weight[m] = Math.exp(-timeDecayPerDay * daysBefore);
    }
    table.homeMatchesOf = table.matchesBy(table.home);
    table.awayMatchesOf = table.matchesBy(table.away);
    return table;
  }

  int size() {
    return weight.length;
  }

  int[] matchesPlayed() {
    int[] played = new int[clubs.size()];
    for (int c = 0; c < played.length; c++) {
      played[c] = homeMatchesOf[c].length + awayMatchesOf[c].length;
    }
    return played;
  }

  private int indexOf(String club) {
    return clubIndex.computeIfAbsent(club, c -> {
      clubs.add(c);
      return clubs.size() - 1;
    });
  }

  private int[][] matchesBy(int[] side) {
    int[] counts = new int[clubs.size()];
    for (int club : side) {
      counts[club]++;
    }
    int[][] byClub = new int[clubs.size()][];
    for (int c = 0; c < byClub.length; c++) {
      byClub[c] = new int[counts[c]];
    }
    int[] filled = new int[clubs.size()];
    for (int m = 0; m < side.length; m++) {
      byClub[side[m]][filled[side[m]]++] = m;
    }
    return byClub;
  }
}
