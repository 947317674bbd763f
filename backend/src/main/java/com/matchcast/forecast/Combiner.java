package com.matchcast.forecast;

import com.matchcast.model.Calibration;
import com.matchcast.model.Ensemble;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Learns how to combine members (weights, calibration) from their out-of-sample forecasts:
 * forecasts each member made for matches after the data it was trained on.
 */
public interface Combiner {

  Combination fit(List<double[][]> memberForecasts, int[] outcomes);

  /** Member weights, then a calibration of the pooled forecast. */
  record Combination(List<String> members, double[] weights, Calibration calibration) {

    public static Combination equalWeights(List<String> members) {
      double[] weights = new double[members.size()];
      Arrays.fill(weights, 1.0 / members.size());
      return new Combination(members, weights, Calibration.identity());
    }

    public double[][] apply(List<double[][]> memberForecasts) {
      return calibration.calibrate(Ensemble.pool(memberForecasts, weights));
    }

    public String describe() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < weights.length; i++) {
        text.append(String.format(Locale.ROOT, "%s %.3f, ", members.get(i), weights[i]));
      }
      double[] parameters = calibration.parameters();
      return text + calibration.kind() + (parameters.length == 0 ? "" : " " + format(parameters));
    }

    private static String format(double[] values) {
      StringBuilder text = new StringBuilder();
      for (double v : values) {
        text.append(text.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", v));
      }
      return text.toString();
    }
  }
}
