package com.matchcast.ledger;

import com.matchcast.evaluation.Scores;
import java.util.List;

/**
 * How one forecaster (the model, or a market) scored on a group of matches: mean RPS, log loss
 * and Brier score and the share whose most likely outcome happened, computed by the
 * evaluation package's {@link Scores}, as the backtest computes them.
 */
public record TrackRecordScores(int matches, double rankedProbabilityScore, double logLoss, double brierScore,
    double accuracy) {

  /** Null when there is nothing to score, so that an absent market reads as absent, not as zero. */
  static TrackRecordScores of(List<double[]> forecasts, int[] results) {
    if (results.length == 0) {
      return null;
    }
    Scores scores = Scores.of(forecasts, results);
    return new TrackRecordScores(scores.matches(), scores.rankedProbabilityScore(), scores.logLoss(),
        scores.brierScore(), scores.accuracy());
  }
}
