package com.matchcast.evaluation;

/**
 * Proper scoring rules for one forecast, lower is better. Probability vectors are in
 * Matchcast order: home win, draw, away win (see {@link com.matchcast.timeline.MatchOutcome}).
 */
public final class ScoringRules {

  /** Log loss clips probabilities here so that one confident miss scores 34.5, not infinity. */
  public static final double LOG_LOSS_CLIP = 1e-15;

  private ScoringRules() {}

  /**
   * Ranked probability score (Epstein 1969; Constantinou and Fenton 2012 for football): the
   * squared distance between forecast and outcome cumulative distributions, so that a home-win
   * forecast is less wrong for a draw than for an away win.
   * RPS = 1/(r-1) * sum_{i=1}^{r-1} (sum_{j<=i} (p_j - o_j))^2.
   */
  public static double rankedProbabilityScore(double[] probabilities, int outcome) {
    double cumulative = 0;
    double sum = 0;
    for (int i = 0; i < probabilities.length - 1; i++) {
      cumulative += probabilities[i] - (i == outcome ? 1 : 0);
      sum += cumulative * cumulative;
    }
    return sum / (probabilities.length - 1);
  }

  /** Ignorance in nats: -ln p(outcome), p clipped to [1e-15, 1 - 1e-15]. */
  public static double logLoss(double[] probabilities, int outcome) {
    return -Math.log(clip(probabilities[outcome]));
  }

  /** Multiclass Brier score: the sum over classes of (p - o)^2, between 0 and 2. */
  public static double brierScore(double[] probabilities, int outcome) {
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double error = probabilities[i] - (i == outcome ? 1 : 0);
      sum += error * error;
    }
    return sum;
  }

  /** The outcome given the highest probability; a tie goes to the earlier outcome (home before draw). */
  public static int mostLikely(double[] probabilities) {
    int best = 0;
    for (int i = 1; i < probabilities.length; i++) {
      if (probabilities[i] > probabilities[best]) {
        best = i;
      }
    }
    return best;
  }

  /** Log loss of a yes/no forecast such as over 2.5 goals or both teams to score. */
  public static double binaryLogLoss(double probability, boolean happened) {
    return -Math.log(clip(happened ? probability : 1 - probability));
  }

  private static double clip(double probability) {
    return Math.min(Math.max(probability, LOG_LOSS_CLIP), 1 - LOG_LOSS_CLIP);
  }
}
