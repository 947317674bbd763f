package com.matchcast.goals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When {@link DixonColesFeatures} refits a division, and on what.
 *
 * <p>Refits happen on fixed dates, every {@code refitEveryDays} from Monday 2000-01-03, and a match
 * is described by the fit as of the last such date on or before its day, learned from the matches
 * before that date. The features of a match are then a pure function of the results before it,
 * whichever other matches were described first.
 *
 * @param refitEveryDays     the cadence: 7 refits every Monday
 * @param windowDays         only matches this recent enter a fit (their weight is tiny beyond)
 * @param minimumMatches     a division with fewer matches in the window has no fit yet
 * @param minimumClubMatches a club with fewer matches in the window is treated as unknown
 */
public record RefitSchedule(int refitEveryDays, int windowDays, int minimumMatches, int minimumClubMatches) {

  private static final LocalDate FIRST_REFIT = LocalDate.of(2000, 1, 3);

  /**
   * Weekly; three years of matches (a weight of exp(-0.0018 * 1095) = 0.14 at the edge); a half
   * season of a 20-club league before the first fit; one match for a club.
   */
  public static RefitSchedule defaults() {
    return new RefitSchedule(7, 1095, 190, 1);
  }

  /** The refit date whose fit describes a match played on {@code matchDate}. */
  public LocalDate refitDateFor(LocalDate matchDate) {
    long days = ChronoUnit.DAYS.between(FIRST_REFIT, matchDate);
    return FIRST_REFIT.plusDays(Math.floorDiv(days, refitEveryDays) * refitEveryDays);
  }
}
