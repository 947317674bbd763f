package com.matchcast.rating;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.List;

/**
 * Elo ratings as features. Ratings are global across divisions, so a promoted or relegated club
 * carries its rating with it; a club first met after its division's opening season enters at the
 * newcomer rating.
 */
public final class EloFeatures implements FeatureSource {

  private static final String SOURCE = "ratings";
  private static final String FROM = "2000-2001";
  private static final List<FeatureDefinition> DEFINITIONS = List.of(
      new FeatureDefinition("home_elo", "Elo rating of the home club before the match", SOURCE, FROM),
      new FeatureDefinition("away_elo", "Elo rating of the away club before the match", SOURCE, FROM),
      new FeatureDefinition("elo_diff",
          "home_elo + home advantage (70 points) - away_elo: the gap the expected score is read from", SOURCE, FROM),
      new FeatureDefinition("elo_expected_home",
          "Elo expected score of the home club (win 1, draw 1/2) in 0..1", SOURCE, FROM),
      new FeatureDefinition("elo_p_home", "home win probability from elo_diff by an ordered logit", SOURCE, FROM),
      new FeatureDefinition("elo_p_draw", "draw probability from elo_diff by an ordered logit", SOURCE, FROM),
      new FeatureDefinition("elo_p_away", "away win probability from elo_diff by an ordered logit", SOURCE, FROM));

  private final EloRatings ratings;
  private final EloOutcomeProbabilities outcomes;
  private final DivisionDebuts debuts = new DivisionDebuts();

  public EloFeatures() {
    this(EloParameters.defaults(), EloOutcomeProbabilities.defaults());
  }

  public EloFeatures(EloParameters parameters, EloOutcomeProbabilities outcomes) {
    this.ratings = new EloRatings(parameters);
    this.outcomes = outcomes;
  }

  /** The ratings learned so far, e.g. for their history. */
  public EloRatings ratings() {
    return ratings;
  }

  @Override
  public List<FeatureDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    double difference = ratings.ratingDifference(match.homeClub(), match.awayClub());
    double[] probabilities = outcomes.of(difference);
    out[offset] = ratings.rating(match.homeClub());
    out[offset + 1] = ratings.rating(match.awayClub());
    out[offset + 2] = difference;
    out[offset + 3] = EloRatings.expectedScore(difference);
    System.arraycopy(probabilities, 0, out, offset + 4, 3);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    debuts.learn(match.division(), match.date());
    boolean newcomer = debuts.isNewcomer(match.division(), match.date());
    ratings.enter(match.homeClub(), newcomer);
    ratings.enter(match.awayClub(), newcomer);
    ratings.update(match.date(), match.homeClub(), match.awayClub(), outcome.homeGoals(), outcome.awayGoals());
  }
}
