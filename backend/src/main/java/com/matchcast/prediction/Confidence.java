package com.matchcast.prediction;

import java.util.List;

/**
 * How much a forecast can be leaned on, from 0 to 1: its sharpness times its members' agreement.
 * Sharpness is 1 minus the forecast's entropy over the entropy of a three-way coin toss (0 for
 * 1/3 each, 1 for a certainty); agreement is 1 minus the largest total-variation distance between
 * a member's forecast and the ensemble's (1 when every member says the same). A sharp forecast
 * whose members disagree is not a confident one.
 */
public final class Confidence {

  private static final double MAX_ENTROPY = Math.log(3);

  private Confidence() {}

  public static double of(double[] forecast, List<double[]> members) {
    return sharpness(forecast) * agreement(forecast, members);
  }

  public static double sharpness(double[] p) {
    double entropy = 0;
    for (double q : p) {
      entropy -= q > 0 ? q * Math.log(q) : 0;
    }
    return Math.max(0, 1 - entropy / MAX_ENTROPY);
  }

  static double agreement(double[] forecast, List<double[]> members) {
    double widest = 0;
    for (double[] member : members) {
      double distance = 0;
      for (int k = 0; k < forecast.length; k++) {
        distance += Math.abs(member[k] - forecast[k]);
      }
      widest = Math.max(widest, distance / 2);
    }
    return 1 - widest;
  }
}
