package com.matchcast.feature.form;

import com.matchcast.feature.FeatureInputs;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.timeline.MatchOutcome;
import java.util.List;

/** What one match says about one team's form, read from that team's side of the outcome. */
enum FormMeasure {
  POINTS("ppg", "points", FeatureInputs.RESULTS),
  GOALS_FOR("goals_for", "goals scored", FeatureInputs.RESULTS),
  GOALS_AGAINST("goals_against", "goals conceded", FeatureInputs.RESULTS),
  SHOTS_FOR("shots_for", "shots taken", FeatureInputs.STATISTICS),
  SHOTS_AGAINST("shots_against", "shots faced", FeatureInputs.STATISTICS),
  SHOTS_ON_TARGET_FOR("shots_on_target_for", "shots on target taken", FeatureInputs.STATISTICS),
  SHOTS_ON_TARGET_AGAINST("shots_on_target_against", "shots on target faced", FeatureInputs.STATISTICS),
  CORNERS_FOR("corners_for", "corners won", FeatureInputs.STATISTICS),
  CORNERS_AGAINST("corners_against", "corners conceded", FeatureInputs.STATISTICS),
  GOAL_DIFFERENCE("goal_difference", "goals scored minus goals conceded", FeatureInputs.RESULTS);

  /** Averaged over the last 3, 5 and 10 matches. */
  static final List<FormMeasure> WINDOWED = List.of(POINTS, GOALS_FOR, GOALS_AGAINST, SHOTS_FOR, SHOTS_AGAINST,
      SHOTS_ON_TARGET_FOR, SHOTS_ON_TARGET_AGAINST, CORNERS_FOR, CORNERS_AGAINST);
  /** Exponentially weighted over every match so far. */
  static final List<FormMeasure> WEIGHTED = List.of(POINTS, GOALS_FOR, GOALS_AGAINST, SHOTS_ON_TARGET_FOR,
      SHOTS_ON_TARGET_AGAINST, GOAL_DIFFERENCE);

  private static final int POINTS_FOR_WIN = 3;

  final String label;
  final String meaning;
  final String source;

  FormMeasure(String label, String meaning, String source) {
    this.label = label;
    this.meaning = meaning;
    this.source = source;
  }

  /** The measure for the home team ({@code home}) or the away team; NaN when the statistic is missing. */
  double of(MatchOutcome outcome, boolean home) {
    int scored = home ? outcome.homeGoals() : outcome.awayGoals();
    int conceded = home ? outcome.awayGoals() : outcome.homeGoals();
    MatchStatistics stats = outcome.statistics();
    return switch (this) {
      case POINTS -> scored > conceded ? POINTS_FOR_WIN : scored == conceded ? 1 : 0;
      case GOALS_FOR -> scored;
      case GOALS_AGAINST -> conceded;
      case GOAL_DIFFERENCE -> scored - conceded;
      case SHOTS_FOR -> stats == null ? Double.NaN : side(stats.homeShots(), stats.awayShots(), home);
      case SHOTS_AGAINST -> stats == null ? Double.NaN : side(stats.homeShots(), stats.awayShots(), !home);
      case SHOTS_ON_TARGET_FOR -> stats == null ? Double.NaN
          : side(stats.homeShotsOnTarget(), stats.awayShotsOnTarget(), home);
      case SHOTS_ON_TARGET_AGAINST -> stats == null ? Double.NaN
          : side(stats.homeShotsOnTarget(), stats.awayShotsOnTarget(), !home);
      case CORNERS_FOR -> stats == null ? Double.NaN : side(stats.homeCorners(), stats.awayCorners(), home);
      case CORNERS_AGAINST -> stats == null ? Double.NaN : side(stats.homeCorners(), stats.awayCorners(), !home);
    };
  }

  private static double side(Integer homeValue, Integer awayValue, boolean home) {
    Integer value = home ? homeValue : awayValue;
    return value == null ? Double.NaN : value;
  }
}
