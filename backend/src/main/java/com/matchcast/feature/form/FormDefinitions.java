package com.matchcast.feature.form;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureInputs;
import java.util.ArrayList;
import java.util.List;

/** The columns of {@link FormFeatures}, in exactly the order its describe writes them. */
final class FormDefinitions {

  private FormDefinitions() {}

  static List<FeatureDefinition> all() {
    List<FeatureDefinition> all = new ArrayList<>();
    windows(all, "home", "Home team", "home");
    windows(all, "away", "Away team", "away");
    weighted(all, "home", "Home team");
    weighted(all, "away", "Away team");
    all.add(FeatureInputs.fromResults("diff_ppg_last5",
        "Home team's points per game over its last 5 matches minus the away team's."));
    all.add(FeatureInputs.fromResults("diff_ppg_venue_last5", "Home team's points per game over its last 5 home"
        + " matches minus the away team's over its last 5 away matches."));
    all.add(FeatureInputs.fromResults("diff_points_ewma",
        "Home team's weighted points per game minus the away team's."));
    all.add(FeatureInputs.fromResults("diff_goal_difference_ewma",
        "Home team's weighted goal difference per game minus the away team's."));
    all.add(new FeatureDefinition("diff_shots_on_target_balance_ewma",
        "Home team's weighted shots on target taken minus faced, minus the same for the away team.",
        FeatureInputs.STATISTICS, FeatureInputs.STATISTICS_FROM));
    return List.copyOf(all);
  }

  private static void windows(List<FeatureDefinition> all, String prefix, String team, String venue) {
    for (int lastN : FormFeatures.WINDOWS) {
      for (FormMeasure measure : FormMeasure.WINDOWED) {
        all.add(define(prefix + "_" + measure.label + "_last" + lastN, measure,
            team + "'s " + measure.meaning + " per game over its last " + lastN
                + " matches at any venue (fewer if it has played fewer; NaN before its first)."));
      }
    }
    for (int lastN : FormFeatures.WINDOWS) {
      for (FormMeasure measure : FormMeasure.WINDOWED) {
        all.add(define(prefix + "_" + measure.label + "_venue_last" + lastN, measure,
            team + "'s " + measure.meaning + " per game over its last " + lastN + " " + venue
                + " matches (fewer if it has played fewer; NaN before its first)."));
      }
    }
  }

  private static void weighted(List<FeatureDefinition> all, String prefix, String team) {
    for (FormMeasure measure : FormMeasure.WEIGHTED) {
      String label = measure == FormMeasure.POINTS ? "points" : measure.label;
      all.add(define(prefix + "_" + label + "_ewma", measure, team + "'s " + measure.meaning
          + " per game, exponentially weighted over all its matches with a half-life of "
          + (int) ClubForm.HALF_LIFE_MATCHES + " matches."));
    }
  }

  private static FeatureDefinition define(String name, FormMeasure measure, String definition) {
    return new FeatureDefinition(name, definition, measure.source, FeatureInputs.availableFrom(measure.source));
  }
}
