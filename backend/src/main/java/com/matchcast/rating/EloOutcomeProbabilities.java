package com.matchcast.rating;

/**
 * Home win / draw / away win probabilities from an Elo rating difference, by the ordered logit
 * of Hvattum and Arntzen (2010, "Using ELO ratings for match result prediction in association
 * football", IJF 26(3)):
 * P(away win) = L(awayWinCut - slope * d), P(away win or draw) = L(drawCut - slope * d),
 * with L the logistic function and d = home + home advantage - away.
 *
 * @param slope      change in log-odds per rating point
 * @param awayWinCut the cut point between away win and draw
 * @param drawCut    the cut point between draw and home win (greater than awayWinCut)
 */
public record EloOutcomeProbabilities(double slope, double awayWinCut, double drawCut) {

  /**
   * Maximum likelihood on 73,420 matches of 16 divisions, 2003-07 to 2019-06, with ratings from
   * {@link EloParameters#defaults()}.
   */
  public static EloOutcomeProbabilities defaults() {
    return new EloOutcomeProbabilities(0.005497, -0.684518, 0.570962);
  }

  /** {home win, draw, away win}, summing to 1; NaN throughout when the difference is NaN. */
  public double[] of(double ratingDifference) {
    double awayWin = logistic(awayWinCut - slope * ratingDifference);
    double awayWinOrDraw = logistic(drawCut - slope * ratingDifference);
    return new double[] {1.0 - awayWinOrDraw, awayWinOrDraw - awayWin, awayWin};
  }

  private static double logistic(double x) {
    return 1.0 / (1.0 + Math.exp(-x));
  }
}
