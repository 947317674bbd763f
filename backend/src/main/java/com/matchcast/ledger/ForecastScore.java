package com.matchcast.ledger;

import com.matchcast.evaluation.ScoringRules;

/** One 1X2 forecast scored against the result with the backtest's rules (0 home, 1 draw, 2 away). */
record ForecastScore(double rankedProbabilityScore, double logLoss, double brierScore) {

  static ForecastScore of(double[] probabilities, int result) {
    return new ForecastScore(ScoringRules.rankedProbabilityScore(probabilities, result),
        ScoringRules.logLoss(probabilities, result), ScoringRules.brierScore(probabilities, result));
  }
}
