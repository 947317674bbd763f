package com.matchcast.forecast;

import com.matchcast.timeline.TimelineMatch;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Training weights that halve every half-life of age: football changes (tactics, the market's
 * own efficiency), so last season says more about next month than a season ten years ago.
 */
public final class RecencyWeights {

  private RecencyWeights() {}

  /** Null (equal weights) when no half-life is set. */
  public static double[] of(List<TimelineMatch> timeline, int[] rows, LocalDate refit, Period halfLife) {
    if (halfLife == null || halfLife.isZero()) {
      return null;
    }
    double halfLifeDays = refit.plus(halfLife).toEpochDay() - refit.toEpochDay();
    double[] weights = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      long age = ChronoUnit.DAYS.between(timeline.get(rows[i]).upcoming().date(), refit);
      weights[i] = Math.pow(0.5, age / halfLifeDays);
    }
    return weights;
  }
}
