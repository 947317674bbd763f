package com.matchcast.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Elo ratings of clubs (Elo 1978; for football: Hvattum and Arntzen 2010, and the World
 * Football Elo ratings). A result moves both clubs by the same number of points, so the average
 * rating of the clubs only changes when a club enters.
 *
 * <p>Expected score of the home club: E = 1 / (1 + 10^(-(R_home + homeAdvantage - R_away) / 400)).
 * <br>Update: delta = K * G(goal difference) * (S - E), with S = 1, 1/2, 0 for a home win, draw,
 * away win; the home club gains delta, the away club loses it.
 */
public final class EloRatings {

  private final EloParameters parameters;
  private final Map<String, Double> ratings = new HashMap<>();
  private final RatingHistory history = new RatingHistory();

  public EloRatings(EloParameters parameters) {
    this.parameters = parameters;
  }

  public EloParameters parameters() {
    return parameters;
  }

  /** The club's current rating, or NaN when it has never been rated. */
  public double rating(String club) {
    return ratings.getOrDefault(club, Double.NaN);
  }

  /**
   * Enters a club before its first match, at the newcomer rating or the initial one; a club
   * already rated keeps its rating. {@link #update} enters unknown clubs at the initial rating.
   */
  public void enter(String club, boolean newcomer) {
    ratings.putIfAbsent(club, newcomer ? parameters.newcomerRating() : parameters.initialRating());
  }

  /** Home rating plus home advantage minus away rating: the gap the expected score is read from. */
  public double ratingDifference(String homeClub, String awayClub) {
    return rating(homeClub) + parameters.homeAdvantage() - rating(awayClub);
  }

  /** The home club's expected score (win 1, draw 1/2) in 0..1; NaN when either club is unknown. */
  public double expectedHomeScore(String homeClub, String awayClub) {
    return expectedScore(ratingDifference(homeClub, awayClub));
  }

  /** Learns one result and records both clubs' new ratings at {@code date}. */
  public void update(LocalDate date, String homeClub, String awayClub, int homeGoals, int awayGoals) {
    enter(homeClub, false);
    enter(awayClub, false);
    double actual = homeGoals > awayGoals ? 1.0 : homeGoals == awayGoals ? 0.5 : 0.0;
    double change = parameters.kFactor() * parameters.goalMargin().of(homeGoals - awayGoals)
        * (actual - expectedHomeScore(homeClub, awayClub));
    move(date, homeClub, change);
    move(date, awayClub, -change);
  }

  /** The club's ratings after each of its matches, oldest first; empty for an unknown club. */
  public List<RatingPoint> history(String club) {
    return history.of(club);
  }

  static double expectedScore(double ratingDifference) {
    return 1.0 / (1.0 + Math.pow(10.0, -ratingDifference / 400.0));
  }

  private void move(LocalDate date, String club, double change) {
    double updated = ratings.get(club) + change;
    ratings.put(club, updated);
    history.record(club, date, updated);
  }
}
