package com.matchcast.ingest.collect;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Lenient reads of provider JSON: absent, null or unreadable values come back as null. */
public final class JsonFields {

  private JsonFields() {}

  public static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode() || node.isContainer()) {
      return null;
    }
    String value = node.asString().trim();
    return value.isEmpty() ? null : value;
  }

  public static Integer integer(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.intValue();
    }
    String value = text(node);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static BigDecimal decimal(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isNumber()) {
      return node.decimalValue();
    }
    String value = text(node);
    try {
      return value == null ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An ISO date-time with offset ({@code 2024-08-16T19:00:00+00:00}) as UTC, or null. */
  public static LocalDateTime utc(JsonNode node) {
    String value = text(node);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
