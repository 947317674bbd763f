package com.matchcast.market;

import java.util.Arrays;

/**
 * The de-margined probabilities of one book of decimal prices, in the order the prices were
 * given (home, draw, away for 1X2; over, under; yes, no), with the book's margin.
 *
 * <p>References: H. S. Shin, "Measuring the incidence of insider trading in a market for
 * state-contingent claims", Economic Journal 103 (1993) 1141-1153; E. Štrumbelj, "On
 * determining probability forecasts from betting odds", International Journal of Forecasting
 * 30 (2014) 934-943; S. Clarke, S. Kovalchik, M. Ingram, "Adjusting bookmaker's odds to allow
 * for overround", American Journal of Sports Science 5 (2017) 45-49.
 */
public final class ImpliedProbabilities {

  private final DemarginMethod method;
  private final double[] probabilities;
  private final double overround;
  private final double shinZ;

  private ImpliedProbabilities(DemarginMethod method, double[] probabilities, double overround, double shinZ) {
    this.method = method;
    this.probabilities = probabilities;
    this.overround = overround;
    this.shinZ = shinZ;
  }

  /**
   * De-margins one book: two or more decimal prices, each above 1, for mutually exclusive and
   * exhaustive outcomes.
   */
  public static ImpliedProbabilities of(DemarginMethod method, double... decimalPrices) {
    double[] raw = rawImpliedProbabilities(decimalPrices);
    double overround = Arrays.stream(raw).sum();
    return switch (method) {
      case MULTIPLICATIVE -> new ImpliedProbabilities(method, normalised(raw), overround, Double.NaN);
      case ADDITIVE -> new ImpliedProbabilities(method, additive(raw, overround), overround, Double.NaN);
      case POWER -> new ImpliedProbabilities(method, normalised(Demargining.power(raw, overround)), overround,
          Double.NaN);
      case SHIN -> shin(raw, overround);
    };
  }

  public DemarginMethod method() {
    return method;
  }

  /** The de-margined probabilities, summing to 1 (a copy). */
  public double[] probabilities() {
    return probabilities.clone();
  }

  public double probability(int outcome) {
    return probabilities[outcome];
  }

  public int outcomes() {
    return probabilities.length;
  }

  /** The book sum of 1/price: 1.05 for a book with a 5% margin; below 1 for best prices across bookmakers. */
  public double overround() {
    return overround;
  }

  /** The bookmaker's margin: overround minus one. */
  public double margin() {
    return overround - 1;
  }

  /** Shin's share of insider money z; NaN for the other methods. */
  public double shinZ() {
    return shinZ;
  }

  /** The raw implied probabilities 1/price, which carry the margin. */
  static double[] rawImpliedProbabilities(double[] decimalPrices) {
    if (decimalPrices.length < 2) {
      throw new IllegalArgumentException("a book needs at least two outcomes");
    }
    double[] raw = new double[decimalPrices.length];
    for (int i = 0; i < raw.length; i++) {
      if (!(decimalPrices[i] > 1) || Double.isInfinite(decimalPrices[i])) {
        throw new IllegalArgumentException("decimal price must be above 1: " + decimalPrices[i]);
      }
      raw[i] = 1 / decimalPrices[i];
    }
    return raw;
  }

  /** The final division also removes the last rounding error of the iterative methods. */
  private static double[] normalised(double[] values) {
    double sum = Arrays.stream(values).sum();
    return Arrays.stream(values).map(v -> v / sum).toArray();
  }

  /** Can fall below zero for a long shot in a high-margin book; that is the method's known flaw. */
  private static double[] additive(double[] raw, double overround) {
    double share = (overround - 1) / raw.length;
    return Arrays.stream(raw).map(r -> r - share).toArray();
  }

  /**
   * Shin's model needs a positive margin (the insiders' money is what the margin protects
   * against); a book at or below 100%, such as best prices across bookmakers, has z = 0 and is
   * normalised proportionally.
   */
  private static ImpliedProbabilities shin(double[] raw, double overround) {
    if (overround <= 1) {
      return new ImpliedProbabilities(DemarginMethod.SHIN, normalised(raw), overround, 0);
    }
    double z = Demargining.shinZ(raw, overround);
    return new ImpliedProbabilities(DemarginMethod.SHIN, normalised(Demargining.shin(raw, overround, z)), overround,
        z);
  }

  @Override
  public String toString() {
    return method + Arrays.toString(probabilities) + " overround " + overround;
  }
}
