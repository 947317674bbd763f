package com.matchcast.model;

/**
 * Temperature scaling: p' = softmax(log p / T). One number, so it cannot overfit; T > 1 softens
 * over-confident forecasts, T < 1 sharpens timid ones, and the ranking of outcomes never changes.
 */
public record TemperatureScaling(double temperature) implements Calibration {

  static final String KIND = "temperature";
  private static final double LOWEST_LOG_T = Math.log(0.05);
  private static final double HIGHEST_LOG_T = Math.log(20);

  /** The temperature with the lowest log loss, by golden-section search on log T (the loss is unimodal). */
  public static TemperatureScaling fit(double[][] probabilities, int[] outcomes) {
    double ratio = (Math.sqrt(5) - 1) / 2;
    double low = LOWEST_LOG_T;
    double high = HIGHEST_LOG_T;
    for (int step = 0; step < 80; step++) {
      double a = high - ratio * (high - low);
      double b = low + ratio * (high - low);
      if (loss(probabilities, outcomes, Math.exp(a)) <= loss(probabilities, outcomes, Math.exp(b))) {
        high = b;
      } else {
        low = a;
      }
    }
    return new TemperatureScaling(Math.exp((low + high) / 2));
  }

  private static double loss(double[][] probabilities, int[] outcomes, double temperature) {
    return Metrics.logLoss(new TemperatureScaling(temperature).calibrate(probabilities), outcomes);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public double[] parameters() {
    return new double[] {temperature};
  }

  @Override
  public double[][] calibrate(double[][] probabilities) {
    double[][] out = new double[probabilities.length][3];
    for (int i = 0; i < out.length; i++) {
      for (int k = 0; k < 3; k++) {
        out[i][k] = Probabilities.safeLog(probabilities[i][k]) / temperature;
      }
      Probabilities.softmax(out[i]);
    }
    return out;
  }
}
