package com.matchcast.rating;

/**
 * The settings of {@link PiRatings}, named as in Constantinou and Fenton (2013).
 *
 * @param learningRate      lambda: how far one match's weighted error moves the rating of the
 *                          ground it was played on
 * @param crossLearningRate gamma: the share of that move passed on to the club's other rating
 *                          (home to away, or away to home)
 * @param base              b, the logarithmic base of the rating scale
 * @param scale             c: a rating of c means b - 1 goals better than an average club
 */
public record PiParameters(double learningRate, double crossLearningRate, double base, double scale) {

  /**
   * The paper's values lambda = 0.035, gamma = 0.7, b = 10, c = 3. A light check on 16 divisions
   * before 2019-07-01 (mean squared goal-difference error) agreed: lambda 0.03, 0.045 and 0.06,
   * and gamma 0.5, were all worse.
   */
  public static PiParameters defaults() {
    return new PiParameters(0.035, 0.7, 10.0, 3.0);
  }
}
