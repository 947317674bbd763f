package com.matchcast.training;

import java.time.Period;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What to train: the divisions whose matches train (and are later served), how far back, and
 * when the new version replaces the served one.
 */
public record TrainingRequest(Set<String> leagues, Period trainingWindow, Period recencyHalfLife, long seed,
    int threads, PromotionRule promotion) {

  /** League codes as the data spells them ("e0 " is E0), in the order given. */
  public TrainingRequest {
    leagues = new LinkedHashSet<>(leagues.stream().map(l -> l.trim().toUpperCase(Locale.ROOT)).toList());
  }
}
