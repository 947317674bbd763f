package com.matchcast.ingest.collect;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

/** European season arithmetic: a season starts in July and is named by its two years. */
public final class Seasons {

  private Seasons() {}

  /** The starting year of the season the date falls in: July 2024 to June 2025 is 2024. */
  public static int startYear(LocalDate date) {
    return date.getMonth().compareTo(Month.JULY) >= 0 ? date.getYear() : date.getYear() - 1;
  }

  public static int currentStartYear(Clock clock) {
    return startYear(LocalDate.now(clock));
  }

  /** Matchcast's season code: 2024 becomes {@code 2024-2025}. */
  public static String code(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  public static String codeOf(LocalDate date) {
    return code(startYear(date));
  }
}
