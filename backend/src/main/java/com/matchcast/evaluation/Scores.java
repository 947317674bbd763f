package com.matchcast.evaluation;

import java.util.List;

/**
 * How one set of 1X2 forecasts scored on a set of matches: mean RPS, log loss and Brier
 * score, the share whose most likely outcome happened, and calibration.
 *
 * <p>{@code expectedAccuracy} is the accuracy the forecasts promise themselves, the mean of
 * their highest probability: what a calibrated forecaster scores on average. Beside the
 * realised accuracy it tells skill from luck, since on a few thousand matches the realised
 * share wanders about half a percentage point either way (binomial standard error
 * sqrt(sum p(1 - p)) / n with p the highest probability).
 */
public record Scores(int matches, double rankedProbabilityScore, double logLoss, double brierScore, double accuracy,
    double expectedAccuracy, double expectedCalibrationError, List<ReliabilityTable> reliability) {

  public Scores {
    reliability = List.copyOf(reliability);
  }

  /** Scores forecasts against outcomes (0 home win, 1 draw, 2 away win); at least one match. */
  public static Scores of(List<double[]> probabilities, int[] outcomes) {
    if (outcomes.length == 0 || probabilities.size() != outcomes.length) {
      throw new IllegalArgumentException("one forecast per outcome, at least one match");
    }
    double rps = 0;
    double logLoss = 0;
    double brier = 0;
    int correct = 0;
    double promised = 0;
    for (int m = 0; m < outcomes.length; m++) {
      double[] p = probabilities.get(m);
      rps += ScoringRules.rankedProbabilityScore(p, outcomes[m]);
      logLoss += ScoringRules.logLoss(p, outcomes[m]);
      brier += ScoringRules.brierScore(p, outcomes[m]);
      int pick = ScoringRules.mostLikely(p);
      correct += pick == outcomes[m] ? 1 : 0;
      promised += p[pick];
    }
    int n = outcomes.length;
    Calibration calibration = Calibration.of(probabilities, outcomes);
    return new Scores(n, rps / n, logLoss / n, brier / n, (double) correct / n, promised / n,
        calibration.expectedCalibrationError(), calibration.tables());
  }
}
