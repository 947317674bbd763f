package com.matchcast.rating;

/**
 * The settings of {@link EloRatings}.
 *
 * @param initialRating  where a club present from the start of a division's data begins
 * @param newcomerRating where a club arriving later begins: usually promoted from a division we
 *                       hold no data for, so below the average of the division it joins
 * @param homeAdvantage  rating points added to the home club when computing its expected score
 * @param kFactor        points moved by a one-goal result that was a complete surprise
 * @param goalMargin     how a wider margin scales K
 */
public record EloParameters(double initialRating, double newcomerRating, double homeAdvantage, double kFactor,
    GoalMarginMultiplier goalMargin) {

  /**
   * Chosen on football-data results of 16 divisions before 2019-07-01 (first three seasons as
   * burn-in), minimising the squared error of the expected score: K=10 with the World Football
   * Elo margin (K=15 without a margin multiplier was as good; K=20 and above were worse), home
   * advantage 70 (60 and 80 worse), newcomers at 1400 (better than 1500 and 1350).
   */
  public static EloParameters defaults() {
    return new EloParameters(1500, 1400, 70, 10, GoalMarginMultiplier.WORLD_FOOTBALL_ELO);
  }
}
