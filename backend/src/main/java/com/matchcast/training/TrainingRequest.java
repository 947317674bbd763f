package com.matchcast.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to train: the divisions whose matches train (and are later served), how far back, and
 * when the new version replaces the served one.
 */
public record TrainingRequest(Set<String> leagues, Period trainingWindow, Period recencyHalfLife, long seed,
    int threads, PromotionRule promotion, LocalDate before) {

  /** Trains on everything stored. */
  public TrainingRequest(Set<String> leagues, Period trainingWindow, Period recencyHalfLife, long seed, int threads,
      PromotionRule promotion) {
    this(leagues, trainingWindow, recencyHalfLife, seed, threads, promotion, null);
  }

  /**
   * The same request on matches before {@code cutoff} only, promoted by {@code rule}: a replay's
   * model must not have seen the period it replays.
   */
  public TrainingRequest before(LocalDate cutoff, PromotionRule rule) {
    return new TrainingRequest(leagues, trainingWindow, recencyHalfLife, seed, threads, rule, cutoff);
  }


  /** League codes as the data spells them ("e0 " is E0), in the order given. */
  public TrainingRequest {
    leagues = new LinkedHashSet<>(leagues.stream().map(l -> l.trim().toUpperCase(Locale.ROOT)).toList());
  }
}
