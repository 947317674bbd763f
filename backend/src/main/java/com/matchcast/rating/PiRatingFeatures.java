package com.matchcast.rating;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.List;

/** Pi-ratings as features; global across divisions, so ratings travel with promoted clubs. */
public final class PiRatingFeatures implements FeatureSource {

  private static final String SOURCE = "ratings";
  private static final String FROM = "2000-2001";
  private static final List<FeatureDefinition> DEFINITIONS = List.of(
      new FeatureDefinition("pi_home_rating_of_home_team",
          "pi-rating of the home club when at home (Constantinou and Fenton 2013)", SOURCE, FROM),
      new FeatureDefinition("pi_away_rating_of_away_team",
          "pi-rating of the away club when away from home", SOURCE, FROM),
      new FeatureDefinition("pi_expected_goal_difference",
          "goal difference (home - away) the two ratings above expect: g(home) - g(away),"
              + " g(R) = sign(R)(10^(|R|/3) - 1)", SOURCE, FROM),
      new FeatureDefinition("pi_away_rating_of_home_team",
          "pi-rating of the home club when away from home", SOURCE, FROM),
      new FeatureDefinition("pi_home_rating_of_away_team",
          "pi-rating of the away club when at home", SOURCE, FROM));

  private final PiRatings ratings;

  public PiRatingFeatures() {
    this(PiParameters.defaults());
  }

  public PiRatingFeatures(PiParameters parameters) {
    this.ratings = new PiRatings(parameters);
  }

  /** The ratings learned so far, e.g. for their history. */
  public PiRatings ratings() {
    return ratings;
  }

  @Override
  public List<FeatureDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    out[offset] = ratings.homeRating(match.homeClub());
    out[offset + 1] = ratings.awayRating(match.awayClub());
    out[offset + 2] = ratings.expectedGoalDifference(match.homeClub(), match.awayClub());
    out[offset + 3] = ratings.awayRating(match.homeClub());
    out[offset + 4] = ratings.homeRating(match.awayClub());
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    ratings.update(match.date(), match.homeClub(), match.awayClub(), outcome.homeGoals(), outcome.awayGoals());
  }
}
