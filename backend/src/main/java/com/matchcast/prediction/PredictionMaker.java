package com.matchcast.prediction;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.goals.AnchoredScoreGrid;
import com.matchcast.goals.ScoreGrid;
import com.matchcast.goals.ScoreGridParameters;
import com.matchcast.timeline.UpcomingMatch;
import com.matchcast.market.MarketFeatures;
import com.matchcast.model.EnsembleModel;
import com.matchcast.model.OutcomeModel;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns one match's features into the served forecast: the model's 1X2 probabilities, goal markets
 * from one exact-score grid anchored to them (as the backtest's goal forecasts are), a confidence,
 * and the market the forecast saw.
 */
final class PredictionMaker {

  static final int TOP_SCORES = 10;
  /** Roughly the share of top-flight matches with three goals or more, when nothing better is known. */
  private static final double TYPICAL_OVER = 0.5;
  /** Where the market view looks, best first: the pre-match average, the consensus, Pinnacle, Bet365. */
  private static final List<String> MARKETS = List.of("market_p_", "consensus_p_", "pinnacle_p_", "bet365_p_");

  private final List<String> names;
  /** Columns that do not come from prices: what new results (not the market) move. */
  private final int[] withoutPrices;

  PredictionMaker(List<FeatureDefinition> columns) {
    this.names = columns.stream().map(FeatureDefinition::name).toList();
    this.withoutPrices = java.util.stream.IntStream.range(0, columns.size())
        .filter(i -> !columns.get(i).source().equals(MarketFeatures.SOURCE)).toArray();
  }

  List<String> names() {
    return names;
  }

  /** SHA-256 over the features that do not come from prices. */
  String hashWithoutPrices(double[] row) {
    double[] values = new double[withoutPrices.length];
    for (int i = 0; i < withoutPrices.length; i++) {
      values[i] = row[withoutPrices[i]];
    }
    return inputsHash(values, 0);
  }

  /** The forecast; {@code id}, {@code previousId} and {@code reason} are the ledger's to fill. */
  Prediction make(long matchId, UpcomingMatch match, double[] row, OutcomeModel model, long modelVersion,
      Instant at) {
    double[] p = model.predict(new double[][] {row})[0];
    double[] over = {value(row, "market_p_over_2_5"), value(row, "dc_p_over_2_5")};
    ScoreGridParameters parameters = AnchoredScoreGrid.fitParameters(p[0], p[2],
        Double.isFinite(over[0]) ? over[0] : Double.isFinite(over[1]) ? over[1] : TYPICAL_OVER,
        value(row, "dc_expected_home_goals"), value(row, "dc_expected_away_goals"));
    ScoreGrid grid = parameters.grid();
    return new Prediction(0, matchId, match.division(), match.season(), match.date(), match.kickoffUtc(),
        match.homeTeam(), match.awayTeam(), p[0], p[1], p[2], grid.expectedHomeGoals(), grid.expectedAwayGoals(),
        grid.over(2.5), grid.bothTeamsScore(), topScores(grid), Confidence.of(p, members(model, row)), market(row),
        modelVersion, inputsHash(row, modelVersion), 0, null, at, parameters);
  }

  private static List<double[]> members(OutcomeModel model, double[] row) {
    if (!(model instanceof EnsembleModel ensemble)) {
      return List.of();
    }
    List<double[]> forecasts = new ArrayList<>();
    for (OutcomeModel member : ensemble.members()) {
      forecasts.add(member.predict(new double[][] {row})[0]);
    }
    return forecasts;
  }

  private Prediction.MarketView market(double[] row) {
    for (String prefix : MARKETS) {
      double home = value(row, prefix + "home");
      double draw = value(row, prefix + "draw");
      double away = value(row, prefix + "away");
      if (Double.isFinite(home) && Double.isFinite(draw) && Double.isFinite(away)) {
        double book = value(row, prefix.equals("pinnacle_p_") ? "pinnacle_overround" : "market_overround");
        return new Prediction.MarketView(home, draw, away,
            prefix.equals("market_p_") || prefix.equals("pinnacle_p_") ? finiteOrNull(book - 1) : null);
      }
    }
    return null;
  }

  static List<Prediction.ScoreProbability> topScores(ScoreGrid grid) {
    List<Prediction.ScoreProbability> scores = new ArrayList<>();
    for (int h = 0; h <= grid.maxGoals(); h++) {
      for (int a = 0; a <= grid.maxGoals(); a++) {
        scores.add(new Prediction.ScoreProbability(h, a, grid.probability(h, a)));
      }
    }
    scores.sort(Comparator.comparingDouble(Prediction.ScoreProbability::probability).reversed());
    return scores.subList(0, Math.min(TOP_SCORES, scores.size()));
  }

  /** SHA-256 over every feature and the model version: the same inputs give the same forecast. */
  static String inputsHash(double[] row, long modelVersion) {
    ByteBuffer bytes = ByteBuffer.allocate(8 * row.length + 8);
    for (double value : row) {
      bytes.putLong(Double.doubleToLongBits(value));
    }
    bytes.putLong(modelVersion);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private double value(double[] row, String name) {
    int at = names.indexOf(name);
    return at < 0 ? Double.NaN : row[at];
  }

  private static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }

}
