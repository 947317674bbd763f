package com.matchcast.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One division's learned matches and its latest Dixon-Coles fit. */
final class DivisionGoalModel {

  private final List<GoalObservation> observations = new ArrayList<>();
  private LocalDate fittedAsOf;
  private DixonColesFit current;
  private DixonColesFit warmStart;

  void learn(GoalObservation observation) {
    observations.add(observation);
    if (fittedAsOf != null && observation.date().isBefore(fittedAsOf)) {
      fittedAsOf = null;
    }
  }

  /**
   * The fit as of {@code refitDate} if it is the one made last, without fitting: null when it is
   * not, or when the division had too few matches for it.
   */
  DixonColesFit lastFitAsOf(LocalDate refitDate) {
    return refitDate.equals(fittedAsOf) ? current : null;
  }

  /** The fit as of {@code refitDate}, made once per refit date; null while the division has too few matches. */
  DixonColesFit fitAsOf(LocalDate refitDate, DixonColes model, RefitSchedule schedule) {
    if (refitDate.equals(fittedAsOf)) {
      return current;
    }
    LocalDate windowStart = refitDate.minusDays(schedule.windowDays());
    List<GoalObservation> window = observations.stream()
        .filter(o -> o.date().isBefore(refitDate) && !o.date().isBefore(windowStart))
        .toList();
    fittedAsOf = refitDate;
    current = window.size() < schedule.minimumMatches() ? null : model.fit(window, refitDate, warmStart);
    if (current != null) {
      warmStart = current;
    }
    return current;
  }
}
