package com.matchcast.feature.table;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureInputs;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The league table of this match's division and season at kick-off, built only from matches
 * played on earlier dates: each team's position, points, goal difference, points per game, games
 * played and gap to the leader, their differences, and how far the season has got.
 */
public final class TableFeatures implements FeatureSource {

  private final Map<String, SeasonTable> divisions = new HashMap<>();
  private final List<FeatureDefinition> definitions = defineAll();

  @Override
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    SeasonTable table = divisions.get(match.division());
    boolean seasonStarted = table != null && table.season.equals(match.season());
    ClubStanding home = seasonStarted ? table.standing(match.homeClub()) : null;
    ClubStanding away = seasonStarted ? table.standing(match.awayClub()) : null;
    int at = writeTeam(seasonStarted ? table : null, home, out, offset);
    at = writeTeam(seasonStarted ? table : null, away, out, at);
    out[at++] = home == null || away == null ? Double.NaN : table.position(home) - table.position(away);
    out[at++] = pointsPerGame(home) - pointsPerGame(away);
    out[at] = seasonStarted ? table.progress() : nextSeasonProgress(table);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    SeasonTable table = divisions.get(match.division());
    if (table == null) {
      table = new SeasonTable(match.season(), 0, 0);
    } else if (!table.season.equals(match.season())) {
      table = table.next(match.season());
    }
    divisions.put(match.division(), table);
    table.record(match.homeClub(), match.awayClub(), outcome.homeGoals(), outcome.awayGoals());
  }

  private static int writeTeam(SeasonTable table, ClubStanding standing, double[] out, int at) {
    boolean known = standing != null;
    out[at++] = known ? table.position(standing) : Double.NaN;
    out[at++] = known ? standing.points : Double.NaN;
    out[at++] = known ? standing.goalDifference() : Double.NaN;
    out[at++] = pointsPerGame(standing);
    out[at++] = known ? standing.played : 0;
    out[at++] = known ? table.leaderPoints() - standing.points : Double.NaN;
    return at;
  }

  private static double pointsPerGame(ClubStanding standing) {
    return standing == null ? Double.NaN : standing.points / (double) standing.played;
  }

  /** The first match of a season: nothing played yet, if the division has been seen before. */
  private static double nextSeasonProgress(SeasonTable previous) {
    return previous == null || previous.clubCount() < 2 ? Double.NaN : 0.0;
  }

  private static List<FeatureDefinition> defineAll() {
    List<FeatureDefinition> all = FeatureInputs.forBothTeams(
        "table_position", "league position at kick-off (1 = top; clubs level on points, goal difference and"
            + " goals scored share a place; only clubs that have played count); NaN before its first match of the"
            + " season.",
        "table_points", "points in the league table at kick-off; NaN before its first match of the season.",
        "table_goal_difference", "goal difference in the league table at kick-off; NaN before its first match of"
            + " the season.",
        "table_ppg", "points per game this season at kick-off; NaN before its first match of the season.",
        "games_played", "league matches played this season before the date (0 before its first).",
        "table_points_behind_leader", "points behind the division's leader at kick-off; NaN before its first"
            + " match of the season.");
    all.add(FeatureInputs.fromResults("diff_table_position",
        "Home team's table position minus the away team's (negative: home team higher)."));
    all.add(FeatureInputs.fromResults("diff_table_ppg",
        "Home team's points per game this season minus the away team's."));
    all.add(FeatureInputs.fromResults("season_progress", "Share of the division's season already played: matches"
        + " so far over the expected total (previous season's clubs and matches, or the clubs seen so far); NaN"
        + " for a division never seen."));
    return List.copyOf(all);
  }
}
