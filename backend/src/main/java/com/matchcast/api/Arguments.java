package com.matchcast.api;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of client arguments shared by the features; each failure says what is accepted. A
 * check that needs a feature's data lives with that feature (the league code: catalog's
 * {@code LeagueArguments}).
 */
public final class Arguments {

  public static final int MAX_PAGE_SIZE = 100;
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(\\d{4})");

  private Arguments() {}

  /** Seasons span two calendar years, as in "2023-2024". */
  public static String season(String code) {
    Matcher matcher = SEASON.matcher(code == null ? "" : code.trim());
    if (!matcher.matches() || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
      throw new InvalidArgumentException(
          "Invalid season '" + code + "': expected two consecutive years such as 2023-2024.");
    }
    return matcher.group();
  }

  public static int pageSize(String argument, Integer requested, int defaultSize) {
    int size = requested == null ? defaultSize : requested;
    if (size < 0 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException(
          "'" + argument + "' must be between 0 and " + MAX_PAGE_SIZE + ", got " + size + ".");
    }
    return size;
  }

  public static long id(String id, String kind) {
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidArgumentException("Invalid " + kind + " id '" + id + "': expected a number.");
    }
  }

  public static void dateRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidArgumentException("'from' (" + from + ") must not be after 'to' (" + to + ").");
    }
  }
}
