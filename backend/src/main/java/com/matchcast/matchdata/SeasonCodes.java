package com.matchcast.matchdata;

import java.time.LocalDate;
import java.time.Month;

/**
 * Season codes of European leagues that run from summer to summer, written {@code 2023-2024}
 * (football-data's short form is {@code 2324}). A season starts on 1 July and ends on 30 June.
 */
public final class SeasonCodes {

  /** The COVID-interrupted 2019-20 season ran into August 2020, so matches are accepted until then. */
  private static final int LAST_PLAYING_MONTH = Month.AUGUST.getValue();

  private SeasonCodes() {}

  /** The season a match on this date belongs to: July or later opens a new season. */
  public static String seasonOf(LocalDate date) {
    return code(startYear(date));
  }

  /** The first year of the season a date falls in: July 2024 to June 2025 is 2024. */
  public static int startYear(LocalDate date) {
    return date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1;
  }

  /** The first year of a season code: 2023 for {@code 2023-2024}. */
  public static int startYear(String code) {
    return firstYear(code);
  }

  /** The code of the season starting in that year: 2023 gives {@code 2023-2024}. */
  public static String code(int startYear) {
    return startYear + "-" + (startYear + 1);
  }

  public static LocalDate startOf(String code) {
    return LocalDate.of(firstYear(code), Month.JULY, 1);
  }

  public static LocalDate endOf(String code) {
    return LocalDate.of(firstYear(code) + 1, Month.JUNE, 30);
  }

  /** Whether a match on this date can belong to the season: from 1 July to 31 August of the next year. */
  public static boolean contains(String code, LocalDate date) {
    int firstYear = firstYear(code);
    LocalDate lastPlayingDay = LocalDate.of(firstYear + 1, LAST_PLAYING_MONTH, 31);
    return !date.isBefore(LocalDate.of(firstYear, Month.JULY, 1)) && !date.isAfter(lastPlayingDay);
  }

  /** {@code 2324} to {@code 2023-2024}; years from 50 up are read as 19xx ({@code 9900} is 1999-2000). */
  public static String fromShort(String shortCode) {
    if (shortCode == null || shortCode.length() != 4 || !allDigits(shortCode)) {
      throw new IllegalArgumentException("season short code must be four digits like 2324, was: " + shortCode);
    }
    int first = Integer.parseInt(shortCode.substring(0, 2));
    int second = Integer.parseInt(shortCode.substring(2));
    if ((first + 1) % 100 != second) {
      throw new IllegalArgumentException("season short code must name consecutive years, was: " + shortCode);
    }
    int firstYear = (first >= 50 ? 1900 : 2000) + first;
    return firstYear + "-" + (firstYear + 1);
  }

  /** {@code 2023-2024} to {@code 2324}, as in football-data's URLs. */
  public static String toShort(String code) {
    int firstYear = firstYear(code);
    return String.format("%02d%02d", firstYear % 100, (firstYear + 1) % 100);
  }

  public static boolean isValid(String code) {
    if (code == null || code.length() != 9 || code.charAt(4) != '-') {
      return false;
    }
    String first = code.substring(0, 4);
    String second = code.substring(5);
    return allDigits(first) && allDigits(second) && Integer.parseInt(second) == Integer.parseInt(first) + 1;
  }

  /** Throws unless the code is two consecutive years like {@code 2023-2024}; returns it for chaining. */
  public static String requireValid(String code) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("season code must be two consecutive years like 2023-2024, was: " + code);
    }
    return code;
  }

  private static int firstYear(String code) {
    return Integer.parseInt(requireValid(code).substring(0, 4));
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
