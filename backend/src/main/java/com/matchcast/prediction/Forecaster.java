package com.matchcast.prediction;

import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import com.matchcast.model.registry.LoadedModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The served forecaster: live feature state plus the served model. One forecast describes one
 * match from the kept state; it never replays history.
 */
public final class Forecaster {

  private final LiveFeatures features = new LiveFeatures();
  private final PredictionMaker maker = new PredictionMaker(features.columns());
  /** For each match, the hash of its last recorded forecast's features other than prices. */
  private final Map<Long, String> recordedResultsHash = new HashMap<>();
  private final Map<Long, String> resultsHash = new HashMap<>();
  private final Map<Long, double[]> rows = new HashMap<>();

  /** Learns the results of days before {@code today}; see {@link LiveFeatures#advance}. */
  public int advance(List<TimelineMatch> timeline, LocalDate today) {
    return features.advance(timeline, today);
  }

  public Prediction predict(long matchId, UpcomingMatch match, LoadedModel model, Instant at) {
    double[] row = features.describe(match);
    resultsHash.put(matchId, maker.hashWithoutPrices(row));
    rows.put(matchId, row);
    return maker.make(matchId, match, row, model.model(), model.version().id(), at);
  }

  /** Why the forecast just made for this match differs from its market (see {@link Explanation}). */
  public Explanation explain(Prediction p, LoadedModel model) {
    double[] row = rows.get(p.matchId());
    Prediction.MarketView m = p.market();
    double[] baseline = m == null ? new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}
        : new double[] {m.homeWin(), m.draw(), m.awayWin()};
    return Explanation.of(model.model(), row, maker.names(), baseline, p.probabilities(), m != null);
  }

  /** Remembers what the recorded forecast was made from, to tell later whether results changed it. */
  public void recorded(Prediction p) {
    String hash = resultsHash.get(p.matchId());
    if (hash != null) {
      recordedResultsHash.put(p.matchId(), hash);
    }
  }

  /**
   * Why {@code made} should be recorded after {@code previous}, or null when it adds nothing: the
   * match's first forecast, a new model, the market having moved by {@code priceMove} or more on
   * any outcome, the last look before kick-off seeing newer prices (any move), or other inputs
   * (new results in its division) having changed.
   *
   * @param kickOff true for the match's last look before kick-off
   */
  public String reason(Prediction previous, Prediction made, double priceMove, boolean kickOff) {
    if (previous == null) {
      return "first forecast";
    }
    if (previous.modelVersion() != made.modelVersion()) {
      return "new model";
    }
    if (previous.inputsHash().equals(made.inputsHash())) {
      return null;
    }
    if (kickOff && marketMove(previous.market(), made.market()) > 1e-6) { // newer prices, however small the move
      return "kick-off";
    }
    if (previous.market() == null && made.market() != null) {
      return "first prices";
    }
    if (marketMove(previous.market(), made.market()) >= priceMove) {
      return "prices moved";
    }

    String before = recordedResultsHash.get(made.matchId());
    return before != null && !before.equals(resultsHash.get(made.matchId())) ? "new results" : null;
  }

  private static double marketMove(Prediction.MarketView before, Prediction.MarketView after) {
    if (before == null || after == null) {
      return before == after ? 0 : 1;
    }
    return Math.max(Math.abs(before.homeWin() - after.homeWin()), Math.max(Math.abs(before.draw() - after.draw()),
        Math.abs(before.awayWin() - after.awayWin())));
  }
}
