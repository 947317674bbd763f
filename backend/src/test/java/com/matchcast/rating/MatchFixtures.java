package com.matchcast.rating;

import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;

/** Matches and outcomes for feature source tests, in the pipeline's order: describe, then learn. */
public final class MatchFixtures {

  private MatchFixtures() {}

  public static UpcomingMatch match(String division, LocalDate date, String homeClub, String awayClub) {
    return new UpcomingMatch(0, division, "2020-2021", date, null, homeClub, awayClub, homeClub, awayClub,
        PreMatchPrices.none());
  }

  public static MatchOutcome score(int homeGoals, int awayGoals) {
    return new MatchOutcome(homeGoals, awayGoals, null, null, null);
  }

  public static void learn(FeatureSource source, String division, LocalDate date, String homeClub, String awayClub,
      int homeGoals, int awayGoals) {
    source.learn(match(division, date, homeClub, awayClub), score(homeGoals, awayGoals));
  }

  public static double[] describe(FeatureSource source, UpcomingMatch match) {
    double[] out = new double[source.definitions().size() + 2];
    source.describe(match, out, 1);
    return out;
  }
}
