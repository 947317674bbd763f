package com.matchcast.model;

/**
 * A map from forecast probabilities to better-calibrated ones, fitted on out-of-sample
 * forecasts. It is described fully by its kind and a vector of numbers, which is its stored form.
 */
public interface Calibration {

  String kind();

  double[] parameters();

  /** Calibrated copies of the rows; each still sums to 1. */
  double[][] calibrate(double[][] probabilities);

  static Calibration identity() {
    return new IdentityCalibration();
  }

  static Calibration restore(String kind, double[] parameters) {
    return switch (kind) {
      case IdentityCalibration.KIND -> new IdentityCalibration();
      case TemperatureScaling.KIND -> new TemperatureScaling(parameters[0]);
      case VectorScaling.KIND -> new VectorScaling(parameters);
      default -> throw new IllegalArgumentException("unknown calibration " + kind);
    };
  }

  /** Leaves forecasts as they are. */
  record IdentityCalibration() implements Calibration {
    static final String KIND = "identity";

    @Override
    public String kind() {
      return KIND;
    }

    @Override
    public double[] parameters() {
      return new double[0];
    }

    @Override
    public double[][] calibrate(double[][] probabilities) {
      double[][] out = new double[probabilities.length][];
      for (int i = 0; i < out.length; i++) {
        out[i] = probabilities[i].clone();
      }
      return out;
    }
  }
}
