package com.matchcast.rating;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * When each division's data begins. A club first met in a division's opening season was there
 * all along; a club first met later has arrived, usually promoted from a division we hold no
 * data for, and so enters as a newcomer.
 */
final class DivisionDebuts {

  /** Longer than any season, shorter than two: the opening season's last matchday is inside it. */
  private static final long OPENING_SEASON_DAYS = 300;

  private final Map<String, LocalDate> firstDateByDivision = new HashMap<>();

  void learn(String division, LocalDate date) {
    firstDateByDivision.merge(division, date, (known, seen) -> seen.isBefore(known) ? seen : known);
  }

  boolean isNewcomer(String division, LocalDate date) {
    LocalDate first = firstDateByDivision.get(division);
    return first != null && ChronoUnit.DAYS.between(first, date) > OPENING_SEASON_DAYS;
  }
}
