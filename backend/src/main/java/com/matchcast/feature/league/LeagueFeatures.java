package com.matchcast.feature.league;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureInputs;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How this division plays: home win, draw and away win rates and goals per match over its two
 * previous seasons in the data, and over the current season so far. Divisions differ (home
 * advantage, draw rates), and a model trained on all of them needs to know which one it is in.
 */
public final class LeagueFeatures implements FeatureSource {

  private static final String[][] RATES = {
      {"home_win_rate", "Share of matches won by the home team"},
      {"draw_rate", "Share of matches drawn"},
      {"away_win_rate", "Share of matches won by the away team"},
      {"goals_per_match", "Goals per match (both teams)"},
      {"home_goals_per_match", "Home team goals per match"},
      {"away_goals_per_match", "Away team goals per match"}};

  private static final SeasonTally[] NEVER_SEEN = {SeasonTally.NONE, SeasonTally.NONE, SeasonTally.NONE};

  /** Per division: this season, the one before, and the one before that, newest first. */
  private final Map<String, SeasonTally[]> divisions = new HashMap<>();
  private final List<FeatureDefinition> definitions = defineAll();

  @Override
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    SeasonTally[] seasons = divisions.getOrDefault(match.division(), NEVER_SEEN);
    boolean started = match.season().equals(seasons[0].season);
    SeasonTally current = started ? seasons[0] : SeasonTally.NONE;
    SeasonTally previous = started ? seasons[1] : seasons[0];
    SeasonTally beforePrevious = started ? seasons[2] : seasons[1];
    int at = SeasonTally.writeRates(previous, beforePrevious, out, offset);
    SeasonTally.writeRates(current, SeasonTally.NONE, out, at);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    SeasonTally[] seasons = divisions.computeIfAbsent(match.division(), division -> NEVER_SEEN.clone());
    if (!match.season().equals(seasons[0].season)) {
      seasons[2] = seasons[1];
      seasons[1] = seasons[0];
      seasons[0] = new SeasonTally(match.season());
    }
    seasons[0].record(outcome);
  }

  private static List<FeatureDefinition> defineAll() {
    List<FeatureDefinition> all = new ArrayList<>();
    for (String[] rate : RATES) {
      all.add(FeatureInputs.fromResults("league_" + rate[0] + "_last2_seasons", rate[1]
          + " in this division over its two previous seasons in the data; NaN in its first season."));
    }
    for (String[] rate : RATES) {
      all.add(FeatureInputs.fromResults("league_" + rate[0] + "_this_season", rate[1]
          + " in this division this season before the date; NaN before its first match day."));
    }
    return List.copyOf(all);
  }
}
