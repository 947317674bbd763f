package com.matchcast.ingest.footballdata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Dates written {@code dd/mm/yy} (files up to 2017-18) or {@code dd/mm/yyyy}, and kick-off
 * times in UK local time, which football-data uses for every league.
 */
final class MatchDates {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private MatchDates() {}

  /** The date, or null when the text is not a day/month/year date; two-digit years are 20yy. */
  static LocalDate parseDate(String text) {
    int firstSlash = text.indexOf('/');
    int secondSlash = text.indexOf('/', firstSlash + 1);
    if (firstSlash < 1 || secondSlash < 0 || text.indexOf('/', secondSlash + 1) >= 0) {
      return null;
    }
    String yearText = text.substring(secondSlash + 1);
    if (yearText.length() != 2 && yearText.length() != 4) {
      return null;
    }
    try {
      int day = Integer.parseInt(text.substring(0, firstSlash));
      int month = Integer.parseInt(text.substring(firstSlash + 1, secondSlash));
      int year = Integer.parseInt(yearText);
      return LocalDate.of(yearText.length() == 2 ? 2000 + year : year, month, day);
    } catch (NumberFormatException | DateTimeException notADate) {
      return null;
    }
  }

  /** The kick-off in UTC, or null when the time is missing or not {@code HH:mm}. */
  static LocalDateTime kickoffUtc(LocalDate date, String time) {
    if (time == null) {
      return null;
    }
    try {
      LocalTime ukTime = LocalTime.parse(time.length() == 4 ? "0" + time : time);
      return LocalDateTime.of(date, ukTime).atZone(UK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeException notATime) {
      return null;
    }
  }
}
