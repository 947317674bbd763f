package com.matchcast.model;

import java.util.Map;

/**
 * Multinomial logistic regression with an L2 penalty, in pure Java: the stable baseline when
 * the features include market probabilities. Parameters: l2 (penalty on the coefficients, not
 * the intercepts, per mean-weighted row) and max_iterations. The loss is convex, so the seed
 * changes nothing; it is kept for provenance.
 */
public final class LogisticLearner implements OutcomeLearner {

  public static final String KIND = "logistic";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ModelParameters defaults() {
    return ModelParameters.of(Map.of("l2", 1e-3, "max_iterations", 500));
  }

  @Override
  public OutcomeModel fit(TrainingSet training, ModelParameters parameters, long seed) {
    ModelParameters effective = defaults().with(parameters);
    Standardiser standardiser = Standardiser.fit(training.features(), training.width());
    double[][] design = new double[training.size()][];
    for (int i = 0; i < design.length; i++) {
      design[i] = standardiser.transform(training.features()[i]);
    }
    SoftmaxLoss loss = new SoftmaxLoss(design, training, standardiser.width(), effective.number("l2"));
    double[] coefficients = new Lbfgs(effective.integer("max_iterations"), 1e-7)
        .minimise(loss, new double[3 * (standardiser.width() + 1)]);
    Provenance provenance = new Provenance(KIND, effective, seed, training.featureNames());
    return new LogisticModel(standardiser, coefficients, provenance);
  }

  /** Weighted mean negative log-likelihood plus (l2 / 2) * |coefficients|^2; layout [class][column + bias]. */
  private record SoftmaxLoss(double[][] design, TrainingSet training, int width, double l2)
      implements Lbfgs.Objective {

    @Override
    public double evaluate(double[] w, double[] gradient) {
      java.util.Arrays.fill(gradient, 0);
      double total = 0;
      double weightSum = 0;
      double[] p = new double[3];
      for (int i = 0; i < design.length; i++) {
        LogisticModel.scores(w, design[i], width, p);
        Probabilities.softmax(p);
        double weight = training.weight(i);
        int outcome = training.outcomes()[i];
        total -= weight * Probabilities.safeLog(p[outcome]);
        weightSum += weight;
        for (int k = 0; k < 3; k++) {
          double residual = weight * (p[k] - (k == outcome ? 1 : 0));
          int base = k * (width + 1);
          for (int j = 0; j < width; j++) {
            gradient[base + j] += residual * design[i][j];
          }
          gradient[base + width] += residual;
        }
      }
      return penalise(w, gradient, total / weightSum, weightSum);
    }

    private double penalise(double[] w, double[] gradient, double meanLoss, double weightSum) {
      double penalty = 0;
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j <= width; j++) {
          int at = k * (width + 1) + j;
          gradient[at] /= weightSum;
          if (j < width) {
            penalty += 0.5 * l2 * w[at] * w[at];
            gradient[at] += l2 * w[at];
          }
        }
      }
      return meanLoss + penalty;
    }
  }
}
