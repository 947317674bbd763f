package com.matchcast.backtest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** What the backtest command was asked to do. */
public record BacktestOptions(List<Path> data, Set<String> leagues, Set<String> trainLeagues, LocalDate from,
    LocalDate to, Path out, Path report, Path membersOut, Period refit, Period warmUp, Period warmUpRefit, Period trainingWindow, Period recencyHalfLife,
    int tuneTrials, java.time.Duration tuneBudget, long seed, int threads, Prices prices) {

  /** Which prices the forecasts (and the models behind them) see. */
  public enum Prices {
    /** The pre-match prices football-data took a few days before kick-off: the engine's forecast. */
    PRE_MATCH,
    /** The last prices before kick-off (closing where kept, else pre-match): the ledger's kick-off forecast. */
    CLOSING
  }

  public WalkForwardPlan plan() {
    return new WalkForwardPlan(leagues, trainLeagues, from, to, refit, warmUp, warmUpRefit, trainingWindow,
        recencyHalfLife, seed);
  }
}
