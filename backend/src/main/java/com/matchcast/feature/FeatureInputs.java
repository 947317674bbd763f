package com.matchcast.feature;

import java.util.ArrayList;
import java.util.List;

/** The input kinds and first seasons that feature definitions cite, and the home_/away_ naming, written once. */
public final class FeatureInputs {

  public static final String RESULTS = "results";
  public static final String STATISTICS = "statistics";
  /** Results exist in every staged football-data file. */
  public static final String RESULTS_FROM = "2000-2001";
  /** Shots, shots on target and corners arrive at different seasons per division. */
  public static final String STATISTICS_FROM =
      "varies by division: see data README \"Match statistics\" (E0, E1, D1, SC0 from 2000-2001)";

  private FeatureInputs() {}

  public static String availableFrom(String source) {
    return STATISTICS.equals(source) ? STATISTICS_FROM : RESULTS_FROM;
  }

  /** A column computed from results alone. */
  public static FeatureDefinition fromResults(String name, String definition) {
    return new FeatureDefinition(name, definition, RESULTS, RESULTS_FROM);
  }

  /**
   * Results columns for both teams: {@code home_<name>} for every pair, then {@code away_<name>}.
   *
   * @param namesAndDefinitions name, definition, name, definition, ...; each definition reads after
   *                            "Home team: " or "Away team: "
   */
  public static List<FeatureDefinition> forBothTeams(String... namesAndDefinitions) {
    List<FeatureDefinition> all = new ArrayList<>();
    for (String side : new String[] {"home", "away"}) {
      String team = side.equals("home") ? "Home team: " : "Away team: ";
      for (int i = 0; i < namesAndDefinitions.length; i += 2) {
        all.add(fromResults(side + "_" + namesAndDefinitions[i], team + namesAndDefinitions[i + 1]));
      }
    }
    return all;
  }
}
