package com.matchcast.backtest;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When the walk-forward refits and what each fit may learn from.
 *
 * @param leagues        divisions whose matches are forecast and reported
 * @param trainLeagues   divisions whose played matches train the models (a superset of leagues is allowed)
 * @param from           first date forecast and reported (inclusive)
 * @param to             last date forecast and reported (inclusive)
 * @param refitEvery     how often the models are refitted (e.g. one month)
 * @param warmUp         how long before {@code from} the walk-forward starts, so that ensemble weights and
 *                       calibration already have out-of-sample forecasts to learn from on {@code from}
 * @param warmUpRefitEvery how often the models are refitted during the warm-up: its forecasts only teach
 *                       the combiner, so a coarser cadence there saves most of a short backtest's time
 * @param trainingWindow how far back training rows reach from each refit date (null: all history)
 * @param recencyHalfLife age at which a training match counts half as much as one played on the refit
 *                       date (null: all matches count the same)
 * @param seed           seed for every randomised step
 */
public record WalkForwardPlan(Set<String> leagues, Set<String> trainLeagues, LocalDate from, LocalDate to,
    Period refitEvery, Period warmUp, Period warmUpRefitEvery, Period trainingWindow, Period recencyHalfLife,
    long seed) {

  /** A plan that refits at the same cadence during the warm-up as after it. */
  public WalkForwardPlan(Set<String> leagues, Set<String> trainLeagues, LocalDate from, LocalDate to,
      Period refitEvery, Period warmUp, Period trainingWindow, Period recencyHalfLife, long seed) {
    this(leagues, trainLeagues, from, to, refitEvery, warmUp, refitEvery, trainingWindow, recencyHalfLife, seed);
  }

  /**
   * The refit dates: from the start of the warm-up every {@code warmUpRefitEvery}, then from
   * {@code from} (always a refit date) every {@code refitEvery}, up to {@code to}.
   */
  public List<LocalDate> refitDates() {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = from.minus(warmUp); d.isBefore(from); d = d.plus(warmUpRefitEvery)) {
      dates.add(d);
    }
    for (LocalDate d = from; !d.isAfter(to); d = d.plus(refitEvery)) {
      dates.add(d);
    }
    return dates;
  }

  public LocalDate start() {
    return from.minus(warmUp);
  }
}
