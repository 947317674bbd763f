package com.matchcast.market;

/** The equations of the power and Shin methods, solved for their one parameter. */
final class Demargining {

  /** Shin's z is a share of betting volume; just below 1 the equation is still well defined. */
  private static final double HIGHEST_Z = 1 - 1e-9;

  private Demargining() {}

  /**
   * Finds k with sum(raw_i^k) = 1 (Clarke et al. 2017). The sum falls as k grows because every
   * raw implied probability is below 1, so the root is bracketed by k = 0 (sum = outcomes) and
   * a k doubled until the sum drops below 1.
   */
  static double[] power(double[] raw, double overround) {
    double high = 1;
    while (powerSum(raw, high) > 1) {
      high *= 2;
    }
    double k = RootFinding.bisect(exponent -> powerSum(raw, exponent) - 1, 0, high);
    double[] probabilities = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      probabilities[i] = Math.pow(raw[i], k);
    }
    return probabilities;
  }

  private static double powerSum(double[] raw, double k) {
    double sum = 0;
    for (double r : raw) {
      sum += Math.pow(r, k);
    }
    return sum;
  }

  /**
   * Solves sum_i p_i(z) = 1 for Shin's z. At z = 0 the sum is sqrt(overround) > 1; as z tends
   * to 1 it tends to sum(raw_i^2)/overround < 1; in between it falls, so the root is unique.
   */
  static double shinZ(double[] raw, double overround) {
    return RootFinding.bisect(z -> shinSum(raw, overround, z) - 1, 0, HIGHEST_Z);
  }

  /**
   * p_i = (sqrt(z^2 + 4 (1 - z) raw_i^2 / overround) - z) / (2 (1 - z)): Štrumbelj (2014),
   * equation for Shin's probabilities given the insider share z.
   */
  static double[] shin(double[] raw, double overround, double z) {
    double[] probabilities = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      probabilities[i] = shinProbability(raw[i], overround, z);
    }
    return probabilities;
  }

  private static double shinSum(double[] raw, double overround, double z) {
    double sum = 0;
    for (double r : raw) {
      sum += shinProbability(r, overround, z);
    }
    return sum;
  }

  private static double shinProbability(double raw, double overround, double z) {
    return (Math.sqrt(z * z + 4 * (1 - z) * raw * raw / overround) - z) / (2 * (1 - z));
  }
}
