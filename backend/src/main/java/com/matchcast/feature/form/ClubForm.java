package com.matchcast.feature.form;

import com.matchcast.feature.rolling.ExponentialAverage;
import com.matchcast.feature.rolling.RecentMatches;
import java.util.List;

/** One club's recent matches at every venue and at each venue, plus its weighted form. */
final class ClubForm {

  static final int LONGEST_WINDOW = 10;
  static final double HALF_LIFE_MATCHES = 5;
  private static final int WIDTH = FormMeasure.values().length;
  private static final List<FormMeasure> WEIGHTED = FormMeasure.WEIGHTED;

  private final RecentMatches allVenues = new RecentMatches(LONGEST_WINDOW, WIDTH);
  private final RecentMatches atHome = new RecentMatches(LONGEST_WINDOW, WIDTH);
  private final RecentMatches away = new RecentMatches(LONGEST_WINDOW, WIDTH);
  private final ExponentialAverage[] weighted = new ExponentialAverage[WEIGHTED.size()];

  ClubForm() {
    for (int i = 0; i < weighted.length; i++) {
      weighted[i] = new ExponentialAverage(HALF_LIFE_MATCHES);
    }
  }

  /** @param row one value per {@link FormMeasure}, by ordinal */
  void record(double[] row, boolean playedAtHome) {
    allVenues.add(row);
    (playedAtHome ? atHome : away).add(row);
    for (int i = 0; i < weighted.length; i++) {
      weighted[i].add(row[WEIGHTED.get(i).ordinal()]);
    }
  }

  double mean(FormMeasure measure, int lastN) {
    return allVenues.mean(measure.ordinal(), lastN);
  }

  /** Mean over the last matches played at the given venue only. */
  double meanAtVenue(FormMeasure measure, int lastN, boolean atHomeVenue) {
    return (atHomeVenue ? atHome : away).mean(measure.ordinal(), lastN);
  }

  /** @param measure one of {@link FormMeasure#WEIGHTED} */
  double weighted(FormMeasure measure) {
    return weighted[WEIGHTED.indexOf(measure)].value();
  }
}
