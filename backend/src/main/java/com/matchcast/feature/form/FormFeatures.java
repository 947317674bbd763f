package com.matchcast.feature.form;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each team's recent form: averages over its last 3, 5 and 10 matches at any venue and at this
 * match's venue (home team at home, away team away), exponentially weighted averages over all
 * its matches, and home-minus-away differences. A club's history follows it across divisions.
 */
public final class FormFeatures implements FeatureSource {

  static final int[] WINDOWS = {3, 5, 10};
  private static final ClubForm NO_MATCHES = new ClubForm();

  private final Map<String, ClubForm> clubs = new HashMap<>();
  private final double[] row = new double[FormMeasure.values().length];
  private final List<FeatureDefinition> definitions = FormDefinitions.all();

  @Override
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    ClubForm home = clubs.getOrDefault(match.homeClub(), NO_MATCHES);
    ClubForm away = clubs.getOrDefault(match.awayClub(), NO_MATCHES);
    int at = writeWindows(home, true, out, offset);
    at = writeWindows(away, false, out, at);
    at = writeWeighted(home, out, at);
    at = writeWeighted(away, out, at);
    out[at++] = home.mean(FormMeasure.POINTS, 5) - away.mean(FormMeasure.POINTS, 5);
    out[at++] = home.meanAtVenue(FormMeasure.POINTS, 5, true) - away.meanAtVenue(FormMeasure.POINTS, 5, false);
    out[at++] = home.weighted(FormMeasure.POINTS) - away.weighted(FormMeasure.POINTS);
    out[at++] = home.weighted(FormMeasure.GOAL_DIFFERENCE) - away.weighted(FormMeasure.GOAL_DIFFERENCE);
    out[at] = shotsOnTargetBalance(home) - shotsOnTargetBalance(away);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    record(match.homeClub(), outcome, true);
    record(match.awayClub(), outcome, false);
  }

  private void record(String club, MatchOutcome outcome, boolean home) {
    for (FormMeasure measure : FormMeasure.values()) {
      row[measure.ordinal()] = measure.of(outcome, home);
    }
    clubs.computeIfAbsent(club, key -> new ClubForm()).record(row, home);
  }

  /** All-venue windows first, then windows at the venue this team plays at today. */
  private static int writeWindows(ClubForm club, boolean home, double[] out, int at) {
    for (int lastN : WINDOWS) {
      for (FormMeasure measure : FormMeasure.WINDOWED) {
        out[at++] = club.mean(measure, lastN);
      }
    }
    for (int lastN : WINDOWS) {
      for (FormMeasure measure : FormMeasure.WINDOWED) {
        out[at++] = club.meanAtVenue(measure, lastN, home);
      }
    }
    return at;
  }

  private static int writeWeighted(ClubForm club, double[] out, int at) {
    for (FormMeasure measure : FormMeasure.WEIGHTED) {
      out[at++] = club.weighted(measure);
    }
    return at;
  }

  private static double shotsOnTargetBalance(ClubForm club) {
    return club.weighted(FormMeasure.SHOTS_ON_TARGET_FOR) - club.weighted(FormMeasure.SHOTS_ON_TARGET_AGAINST);
  }
}
