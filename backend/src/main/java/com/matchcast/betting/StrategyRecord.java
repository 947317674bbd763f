package com.matchcast.betting;

import java.util.List;
import java.util.Locale;

/** A strategy's paper record from the live ledger. */
public record StrategyRecord(Strategy strategy, int openPicks, Performance performance, List<ClvPoint> clvHistory) {

  /** One settled pick's closing-line value. */
  public record ClvPoint(java.time.LocalDate date, double clv) {}

  public String description() {
    String staking = strategy.staking() == Staking.FLAT ? "one unit flat" : "fractional Kelly of the paper bankroll";
    String threshold = String.format(Locale.ROOT, "%.0f%%", strategy.threshold() * 100);
    return switch (strategy.rule()) {
      case VALUE -> "Backs every selection whose expected return at the best price, by the model, is at least "
          + threshold + "; stakes " + staking + ".";
      case CONSENSUS -> "Backs every selection whose best price beats the de-margined market average by at least "
          + threshold + " (Kaunitz et al. 2017); stakes " + staking + ".";
      case MARKET_FAVOURITE -> "Backs the market's favourite in every match at the best price; stakes " + staking + ".";
      case MODEL_FAVOURITE -> "Backs the model's likeliest outcome in every match; stakes " + staking + ".";
    };
  }
}
