package com.matchcast.ingest.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP Retry-After header: delta seconds or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait asked for, or null when the header is absent or unreadable. */
  static Duration parse(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
