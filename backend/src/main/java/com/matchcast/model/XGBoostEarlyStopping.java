package com.matchcast.model;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Boosts until the validation log loss has not improved for {@code early_stopping_rounds}
 * rounds. Extra rounds stay in the booster; the model predicts with the best prefix only.
 */
final class XGBoostEarlyStopping {

  private final int rounds;
  private final int patience;

  XGBoostEarlyStopping(ModelParameters parameters) {
    this.rounds = parameters.integer("rounds");
    this.patience = Math.max(1, parameters.integer("early_stopping_rounds"));
  }

  /** Returns the number of rounds that gave the lowest validation log loss. */
  int boost(Booster booster, DMatrix train, DMatrix validation) throws XGBoostError {
    double best = Double.POSITIVE_INFINITY;
    int bestRounds = 0;
    DMatrix[] watched = {validation};
    String[] names = {"validation"};
    for (int round = 0; round < rounds && round - bestRounds < patience; round++) {
      booster.update(train, round);
      double loss = lastMetric(booster.evalSet(watched, names, round));
      if (loss < best) {
        best = loss;
        bestRounds = round + 1;
      }
    }
    return Math.max(bestRounds, 1);
  }

  /** evalSet answers e.g. "[12]\tvalidation-mlogloss:0.981"; the value follows the last colon. */
  static double lastMetric(String evaluation) {
    return Double.parseDouble(evaluation.substring(evaluation.lastIndexOf(':') + 1).trim());
  }
}
