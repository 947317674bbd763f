package com.matchcast.serving;

import java.time.OffsetDateTime;

/** The GraphQL shapes of a prediction's parts, one record per schema type. */
final class PredictionViews {

  private PredictionViews() {}

  record OverUnder(double over, double under) {}

  record YesNo(double yes, double no) {}

  record Outcomes(double homeWin, double draw, double awayWin) {}

  record MarketView(double homeWin, double draw, double awayWin, Double margin, double edge, Outcomes edges) {}

  record ExplanationFactor(String key, String factor, double contribution, Outcomes effects, String description) {}

  record ServingClock(String mode, OffsetDateTime now, double speed) {}

  record MatchUpdate(String matchId, String league, String homeTeam, String awayTeam, String status, Integer homeGoals,
      Integer awayGoals, OffsetDateTime at) {}

  record PredictionEdge(String cursor, com.matchcast.prediction.Prediction node) {}

  record PredictionConnection(long totalCount, java.util.List<PredictionEdge> edges,
      com.matchcast.match.MatchConnection.PageInfo pageInfo) {}

  record PredictionChange(String reason, com.matchcast.prediction.Prediction current,
      com.matchcast.prediction.Prediction previous, Outcomes probabilities, Outcomes market, boolean modelChanged) {}

  record FactorMove(String key, String factor, double before, double after, double change) {}

  record PredictionScore(String status, String voidReason, String result, Integer homeGoals, Integer awayGoals,
      Double rps, Double logLoss, Double brier, Double closingRps, Double preMatchRps) {}

  record OddsMove(String matchId, String league, String homeTeam, String awayTeam, Outcomes market, Outcomes previous,
      Double largestMove, boolean closing, int quotes, OffsetDateTime at) {}

  record ConfidenceRecord(double lower, double upper, int matches, Double accuracy, Double meanRps) {}

  /**
   * A prediction's exact-score grid cut at {@code maxGoals} a side: every cell, home goals then away
   * goals ascending, and the probability of every score beyond the cut.
   */
  record ScoreGrid(int maxGoals, java.util.List<com.matchcast.prediction.Prediction.ScoreProbability> cells,
      double beyond) {

    static ScoreGrid of(com.matchcast.goals.ScoreGrid grid, int maxGoals) {
      int n = Math.min(maxGoals, grid.maxGoals());
      java.util.List<com.matchcast.prediction.Prediction.ScoreProbability> cells = new java.util.ArrayList<>();
      double beyond = 0;
      for (int h = 0; h <= grid.maxGoals(); h++) {
        for (int a = 0; a <= grid.maxGoals(); a++) {
          if (h <= n && a <= n) {
            cells.add(new com.matchcast.prediction.Prediction.ScoreProbability(h, a, grid.probability(h, a)));
          } else {
            beyond += grid.probability(h, a);
          }
        }
      }
      return new ScoreGrid(n, java.util.List.copyOf(cells), beyond);
    }
  }
}
