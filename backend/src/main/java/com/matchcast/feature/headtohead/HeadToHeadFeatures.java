package com.matchcast.feature.headtohead;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureInputs;
import com.matchcast.feature.FeatureSource;
import com.matchcast.feature.rolling.RecentMatches;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last meetings of the two clubs before the date, at either venue and in any division of the
 * data, read from today's home team's side.
 */
public final class HeadToHeadFeatures implements FeatureSource {

  static final int MEETINGS = 6;
  private static final int POINTS_OF_FIRST = 0;
  private static final int POINTS_OF_SECOND = 1;
  private static final int GOAL_DIFFERENCE_OF_FIRST = 2;
  private static final int DRAW = 3;
  private static final int GOALS = 4;
  private static final int WIDTH = 5;
  private static final int POINTS_FOR_WIN = 3;
  private static final RecentMatches NEVER_MET = new RecentMatches(1, WIDTH);

  /** Meetings by the alphabetically first club, then the second, so one pairing has one history. */
  private final Map<String, Map<String, RecentMatches>> pairings = new HashMap<>();
  private final double[] row = new double[WIDTH];
  private final List<FeatureDefinition> definitions = List.of(
      FeatureInputs.fromResults("h2h_meetings", "Meetings of the two clubs in the data before the date, counting"
          + " at most the last " + MEETINGS + " (0 when they never met)."),
      FeatureInputs.fromResults("h2h_home_ppg",
          "Home team's points per game over those meetings; NaN when they never met."),
      FeatureInputs.fromResults("h2h_home_goal_difference",
          "Home team's goal difference per game over those meetings; NaN when they never met."),
      FeatureInputs.fromResults("h2h_draw_rate", "Share of those meetings that were drawn; NaN when they never met."),
      FeatureInputs.fromResults("h2h_goals_per_match",
          "Goals per match (both teams) over those meetings; NaN when they never met."));

  @Override
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    boolean homeIsFirst = isFirst(match.homeClub(), match.awayClub());
    String first = homeIsFirst ? match.homeClub() : match.awayClub();
    String second = homeIsFirst ? match.awayClub() : match.homeClub();
    RecentMatches meetings = pairings.getOrDefault(first, Map.of()).getOrDefault(second, NEVER_MET);
    out[offset] = meetings == NEVER_MET ? 0 : meetings.size();
    out[offset + 1] = meetings.mean(homeIsFirst ? POINTS_OF_FIRST : POINTS_OF_SECOND, MEETINGS);
    out[offset + 2] = (homeIsFirst ? 1 : -1) * meetings.mean(GOAL_DIFFERENCE_OF_FIRST, MEETINGS);
    out[offset + 3] = meetings.mean(DRAW, MEETINGS);
    out[offset + 4] = meetings.mean(GOALS, MEETINGS);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    boolean homeIsFirst = isFirst(match.homeClub(), match.awayClub());
    int firstGoals = homeIsFirst ? outcome.homeGoals() : outcome.awayGoals();
    int secondGoals = homeIsFirst ? outcome.awayGoals() : outcome.homeGoals();
    row[POINTS_OF_FIRST] = points(firstGoals, secondGoals);
    row[POINTS_OF_SECOND] = points(secondGoals, firstGoals);
    row[GOAL_DIFFERENCE_OF_FIRST] = firstGoals - secondGoals;
    row[DRAW] = firstGoals == secondGoals ? 1 : 0;
    row[GOALS] = firstGoals + secondGoals;
    String first = homeIsFirst ? match.homeClub() : match.awayClub();
    String second = homeIsFirst ? match.awayClub() : match.homeClub();
    pairings.computeIfAbsent(first, club -> new HashMap<>())
        .computeIfAbsent(second, club -> new RecentMatches(MEETINGS, WIDTH))
        .add(row);
  }

  private static boolean isFirst(String club, String other) {
    return club.compareTo(other) <= 0;
  }

  private static int points(int scored, int conceded) {
    return scored > conceded ? POINTS_FOR_WIN : scored == conceded ? 1 : 0;
  }
}
