package com.matchcast.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to train: the divisions whose matches train (and are later served), how far back, and
 * when the new version replaces the served one.
 *
 * @param warmUp how long the walk-forward runs before the out-of-sample year whose forecasts
 *               are scored, so that the combination learns from two years of out-of-sample
 *               forecasts instead of one
 * @param refitEvery how often the out-of-sample walk-forward refits the members
 */
public record TrainingRequest(Set<String> leagues, Period trainingWindow, Period recencyHalfLife, long seed,
    int threads, PromotionRule promotion, LocalDate before, Period warmUp, Period refitEvery) {

  /** The walk-forward's usual warm-up: a year before the out-of-sample year. */
  public static final Period WARM_UP = Period.ofYears(1);
  /** The walk-forward's usual refit cadence, as in the backtest. */
  public static final Period REFIT_EVERY = Period.ofMonths(3);
  /** The longest training window of a quick model. */
  static final Period QUICK_WINDOW = Period.ofYears(8);
  /** A quick model's refit cadence: two refits over the out-of-sample year instead of four. */
  static final Period QUICK_REFIT_EVERY = Period.ofMonths(6);

  /** Trains on everything stored. */
  public TrainingRequest(Set<String> leagues, Period trainingWindow, Period recencyHalfLife, long seed, int threads,
      PromotionRule promotion) {
    this(leagues, trainingWindow, recencyHalfLife, seed, threads, promotion, null, WARM_UP, REFIT_EVERY);
  }

  /**
   * A lighter version of this request, about four times faster to train, so that a first start
   * serves predictions sooner: at most eight years of training rows, no warm-up (the combination
   * learns from the out-of-sample year alone) and two refits over that year instead of four. The
   * full request follows it.
   */
  public TrainingRequest quick() {
    Period window = trainingWindow.toTotalMonths() > QUICK_WINDOW.toTotalMonths() ? QUICK_WINDOW : trainingWindow;
    return new TrainingRequest(leagues, window, recencyHalfLife, seed, threads, promotion, before, Period.ZERO,
        QUICK_REFIT_EVERY);
  }

  /**
   * The same request on matches before {@code cutoff} only, promoted by {@code rule}: a replay's
   * model must not have seen the period it replays.
   */
  public TrainingRequest before(LocalDate cutoff, PromotionRule rule) {
    return new TrainingRequest(leagues, trainingWindow, recencyHalfLife, seed, threads, rule, cutoff, warmUp,
        refitEvery);
  }


  /** League codes as the data spells them ("e0 " is E0), in the order given. */
  public TrainingRequest {
    leagues = new LinkedHashSet<>(leagues.stream().map(l -> l.trim().toUpperCase(Locale.ROOT)).toList());
  }
}
