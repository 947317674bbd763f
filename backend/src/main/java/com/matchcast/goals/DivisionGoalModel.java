package com.matchcast.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One division's learned matches and its Dixon-Coles fits, one per refit date. A few recent fits are
 * kept: the walk-forward asks for the dates in order, but a server forecasting the coming week asks
 * for this week's and next week's fit in turn, and must not refit at every turn.
 */
final class DivisionGoalModel {

  private static final int FITS_KEPT = 4;

  private final List<GoalObservation> observations = new ArrayList<>();
  /** Fits by refit date; an empty fit means the division had too few matches for it. */
  private final TreeMap<LocalDate, Optional<DixonColesFit>> fits = new TreeMap<>();
  private DixonColesFit warmStart;

  void learn(GoalObservation observation) {
    observations.add(observation);
    // a fit made as of a later date did not see this match
    fits.tailMap(observation.date(), false).clear();
  }

  /**
   * The fit as of {@code refitDate} if it was made, without fitting: null when it was not, or when
   * the division had too few matches for it.
   */
  DixonColesFit lastFitAsOf(LocalDate refitDate) {
    Optional<DixonColesFit> fit = fits.get(refitDate);
    return fit == null ? null : fit.orElse(null);
  }

  /** The fit as of {@code refitDate}, made once per refit date; null while the division has too few matches. */
  DixonColesFit fitAsOf(LocalDate refitDate, DixonColes model, RefitSchedule schedule) {
    Optional<DixonColesFit> made = fits.get(refitDate);
    if (made != null) {
      return made.orElse(null);
    }
    LocalDate windowStart = refitDate.minusDays(schedule.windowDays());
    List<GoalObservation> window = observations.stream()
        .filter(o -> o.date().isBefore(refitDate) && !o.date().isBefore(windowStart))
        .toList();
    DixonColesFit fit = window.size() < schedule.minimumMatches() ? null : model.fit(window, refitDate, warmStart);
    if (fit != null) {
      warmStart = fit;
    }
    fits.put(refitDate, Optional.ofNullable(fit));
    while (fits.size() > FITS_KEPT) {
      fits.pollFirstEntry();
    }
    return fit;
  }
}
