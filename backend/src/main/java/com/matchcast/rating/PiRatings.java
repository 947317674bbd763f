package com.matchcast.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pi-ratings (Constantinou and Fenton 2013, "Determining the level of ability of football teams
 * by dynamic ratings based on the relative discrepancies in scores between adversaries", JQAS
 * 9(1)): each club has a home rating and an away rating, starting at 0, measured in the goal
 * difference it is expected to achieve against an average club on that ground.
 */
public final class PiRatings {

  private final PiParameters parameters;
  private final Map<String, double[]> ratings = new HashMap<>();
  private final RatingHistory homeHistory = new RatingHistory();
  private final RatingHistory awayHistory = new RatingHistory();

  public PiRatings(PiParameters parameters) {
    this.parameters = parameters;
  }

  /** The club's rating at home, or NaN when it has never played. */
  public double homeRating(String club) {
    double[] pair = ratings.get(club);
    return pair == null ? Double.NaN : pair[0];
  }

  /** The club's rating away from home, or NaN when it has never played. */
  public double awayRating(String club) {
    double[] pair = ratings.get(club);
    return pair == null ? Double.NaN : pair[1];
  }

  /**
   * The paper's expected goal difference of a club against an average opponent:
   * g = b^(|R| / c) - 1, with the sign of R.
   */
  public double goalDifferenceAgainstAverage(double rating) {
    return Math.signum(rating) * (Math.pow(parameters.base(), Math.abs(rating) / parameters.scale()) - 1.0);
  }

  /** gD^ = g(R_home of the home club) - g(R_away of the away club); NaN when either is unknown. */
  public double expectedGoalDifference(String homeClub, String awayClub) {
    return goalDifferenceAgainstAverage(homeRating(homeClub)) - goalDifferenceAgainstAverage(awayRating(awayClub));
  }

  /**
   * The paper's update. e = |gD - gD^|, weighted error psi(e) = c * log_b(1 + e), signed + for the
   * home club when it did better than expected (gD^ < gD), and the opposite for the away club.
   * Then R_home(home) += psi_H * lambda, R_away(home) += psi_H * lambda * gamma, and likewise for
   * the away club: R_away(away) += psi_A * lambda, R_home(away) += psi_A * lambda * gamma.
   */
  public void update(LocalDate date, String homeClub, String awayClub, int homeGoals, int awayGoals) {
    double[] home = ratings.computeIfAbsent(homeClub, c -> new double[2]);
    double[] away = ratings.computeIfAbsent(awayClub, c -> new double[2]);
    double expected = expectedGoalDifference(homeClub, awayClub);
    double observed = homeGoals - awayGoals;
    double weightedError = parameters.scale() * Math.log1p(Math.abs(observed - expected)) / Math.log(parameters.base());
    double homeError = expected < observed ? weightedError : -weightedError;
    move(date, homeClub, home, 0, homeError);
    move(date, awayClub, away, 1, -homeError);
  }

  /** The club's home ratings after each of its matches, oldest first. */
  public List<RatingPoint> homeHistory(String club) {
    return homeHistory.of(club);
  }

  /** The club's away ratings after each of its matches, oldest first. */
  public List<RatingPoint> awayHistory(String club) {
    return awayHistory.of(club);
  }

  private void move(LocalDate date, String club, double[] pair, int ground, double error) {
    double change = error * parameters.learningRate();
    pair[ground] += change;
    pair[1 - ground] += change * parameters.crossLearningRate();
    homeHistory.record(club, date, pair[0]);
    awayHistory.record(club, date, pair[1]);
  }
}
