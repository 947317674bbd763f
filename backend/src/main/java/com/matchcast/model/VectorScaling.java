package com.matchcast.model;

import java.util.Arrays;

/**
 * "Dirichlet calibration lite": p' = softmax(W log p + b) with a 3x3 W and a bias per outcome,
 * fitted by L2-penalised log loss. The penalty pulls W towards the identity and b towards 0, so
 * on little data it stays close to leaving forecasts alone. Parameters: W row by row, then b.
 */
public final class VectorScaling implements Calibration {

  static final String KIND = "dirichlet";
  private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0};

  private final double[] parameters;

  VectorScaling(double[] parameters) {
    if (parameters.length != 12) {
      throw new IllegalArgumentException("vector scaling needs 12 parameters, got " + parameters.length);
    }
    this.parameters = parameters.clone();
  }

  public static VectorScaling fit(double[][] probabilities, int[] outcomes, double l2) {
    double[][] logs = new double[probabilities.length][3];
    for (int i = 0; i < logs.length; i++) {
      for (int k = 0; k < 3; k++) {
        logs[i][k] = Probabilities.safeLog(probabilities[i][k]);
      }
    }
    Lbfgs.Objective objective = (w, gradient) -> loss(w, gradient, logs, outcomes, l2);
    return new VectorScaling(new Lbfgs(500, 1e-9).minimise(objective, IDENTITY));
  }

  private static double loss(double[] w, double[] gradient, double[][] logs, int[] outcomes, double l2) {
    Arrays.fill(gradient, 0);
    double total = 0;
    double[] p = new double[3];
    for (int i = 0; i < logs.length; i++) {
      scores(w, logs[i], p);
      Probabilities.softmax(p);
      total -= Probabilities.safeLog(p[outcomes[i]]);
      for (int k = 0; k < 3; k++) {
        double residual = (p[k] - (k == outcomes[i] ? 1 : 0)) / logs.length;
        for (int j = 0; j < 3; j++) {
          gradient[3 * k + j] += residual * logs[i][j];
        }
        gradient[9 + k] += residual;
      }
    }
    double penalty = 0;
    for (int at = 0; at < 12; at++) {
      double away = w[at] - IDENTITY[at];
      penalty += 0.5 * l2 * away * away;
      gradient[at] += l2 * away;
    }
    return total / logs.length + penalty;
  }

  private static void scores(double[] w, double[] logP, double[] out) {
    for (int k = 0; k < 3; k++) {
      out[k] = w[9 + k] + w[3 * k] * logP[0] + w[3 * k + 1] * logP[1] + w[3 * k + 2] * logP[2];
    }
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public double[][] calibrate(double[][] probabilities) {
    double[][] out = new double[probabilities.length][3];
    double[] logP = new double[3];
    for (int i = 0; i < out.length; i++) {
      for (int k = 0; k < 3; k++) {
        logP[k] = Probabilities.safeLog(probabilities[i][k]);
      }
      scores(parameters, logP, out[i]);
      Probabilities.softmax(out[i]);
    }
    return out;
  }
}
