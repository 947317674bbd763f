package com.matchcast.standings;

import com.matchcast.catalog.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a league table from final scores: 3 points for a win, 1 for a draw; ties broken by
 * goal difference, goals for, then team name (head-to-head rules differ by league and are
 * left to the published tables).
 */
public final class LeagueTable {

  private static final int POINTS_FOR_WIN = 3;
  private static final int FORM_LENGTH = 5;
  private static final Comparator<Tally> ORDER = Comparator.comparingInt(Tally::points).reversed()
      .thenComparing(Comparator.comparingInt(Tally::goalDifference).reversed())
      .thenComparing(Comparator.comparingInt((Tally tally) -> tally.goalsFor).reversed())
      .thenComparing(tally -> tally.team.name());

  private LeagueTable() {}

  /** {@code results} must be in playing order, oldest first, for the form to read right. */
  public static List<Standing> of(List<FinishedResult> results) {
    Map<Long, Tally> tallies = new LinkedHashMap<>();
    for (FinishedResult result : results) {
      tallies.computeIfAbsent(result.homeTeam().id(), id -> new Tally(result.homeTeam()))
          .record(result.homeGoals(), result.awayGoals());
      tallies.computeIfAbsent(result.awayTeam().id(), id -> new Tally(result.awayTeam()))
          .record(result.awayGoals(), result.homeGoals());
    }
    List<Tally> ordered = tallies.values().stream().sorted(ORDER).toList();
    List<Standing> table = new ArrayList<>();
    for (int index = 0; index < ordered.size(); index++) {
      table.add(ordered.get(index).toStanding(index + 1));
    }
    return table;
  }

  private static final class Tally {
    private final Team team;
    private final StringBuilder results = new StringBuilder();
    private int won;
    private int drawn;
    private int lost;
    private int goalsFor;
    private int goalsAgainst;

    Tally(Team team) {
      this.team = team;
    }

    void record(int scored, int conceded) {
      goalsFor += scored;
      goalsAgainst += conceded;
      char outcome = scored > conceded ? 'W' : scored == conceded ? 'D' : 'L';
      won += outcome == 'W' ? 1 : 0;
      drawn += outcome == 'D' ? 1 : 0;
      lost += outcome == 'L' ? 1 : 0;
      results.append(outcome);
    }

    int points() {
      return POINTS_FOR_WIN * won + drawn;
    }

    int goalDifference() {
      return goalsFor - goalsAgainst;
    }

    Standing toStanding(int position) {
      String form = results.substring(Math.max(0, results.length() - FORM_LENGTH));
      return new Standing(position, team, won + drawn + lost, won, drawn, lost, goalsFor, goalsAgainst,
          goalDifference(), points(), form);
    }
  }
}
