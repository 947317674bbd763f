package com.matchcast.backtest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** What the backtest command was asked to do. */
public record BacktestOptions(List<Path> data, Set<String> leagues, Set<String> trainLeagues, LocalDate from,
    LocalDate to, Path out, Path report, Path membersOut, Period refit, Period warmUp, Period warmUpRefit, Period trainingWindow, Period recencyHalfLife,
    int tuneTrials, java.time.Duration tuneBudget, long seed, int threads) {

  public WalkForwardPlan plan() {
    return new WalkForwardPlan(leagues, trainLeagues, from, to, refit, warmUp, warmUpRefit, trainingWindow,
        recencyHalfLife, seed);
  }
}
