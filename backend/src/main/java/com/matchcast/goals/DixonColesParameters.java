package com.matchcast.goals;

/**
 * The settings of a {@link DixonColes} fit.
 *
 * @param timeDecayPerDay xi: a match played d days before the fit date weighs exp(-xi d)
 * @param shrinkage       kappa: a ridge penalty kappa/2 * (attack^2 + defence^2) per club, i.e. a
 *                        normal prior of variance 1/kappa centred on the average club; it decides
 *                        where a club with few matches sits and makes the model identifiable
 * @param maxPasses       cap on coordinate-ascent passes
 * @param tolerance       stop when no parameter moved more than this in a pass
 */
public record DixonColesParameters(double timeDecayPerDay, double shrinkage, int maxPasses, double tolerance) {

  /**
   * xi = 0.0018 per day: Dixon and Coles's 0.0065 per half week, also penaltyblog's default; a
   * match two years old counts a quarter. kappa = 10: a prior standard deviation of about 0.3 in
   * log goal expectation, the spread of club strengths in a top division, so a full season
   * (weight of roughly 100 in the curvature) is shrunk by only about a tenth.
   */
  public static DixonColesParameters defaults() {
    return new DixonColesParameters(0.0018, 10.0, 200, 1e-7);
  }
}
