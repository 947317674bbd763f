package com.matchcast.persistence;

import io.r2dbc.spi.Readable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads columns whose Java type differs between the H2 and MariaDB drivers (SMALLINT as
 * Short or Integer, SUM as Long or BigDecimal, BOOLEAN as Boolean or Byte) in one way.
 */
public final class Columns {

  private Columns() {}

  /**
   * A DECIMAL column as the number it is: 2.100 stored in DECIMAL(8,3) reads back as 2.1, and
   * 10.000 as 10 (not 1E+1), so prices and lines look as the bookmaker wrote them.
   */
  public static java.math.BigDecimal decimal(Readable row, String column) {
    java.math.BigDecimal value = row.get(column, java.math.BigDecimal.class);
    if (value == null) {
      return null;
    }
    java.math.BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  public static Integer integer(Readable row, String column) {
    Object value = row.get(column);
    return value == null ? null : ((Number) value).intValue();
  }

  public static int count(Readable row, String column) {
    Integer value = integer(row, column);
    return value == null ? 0 : value;
  }

  public static long longValue(Readable row, String column) {
    return ((Number) row.get(column)).longValue();
  }

  public static boolean bool(Readable row, String column) {
    Object value = row.get(column);
    return value instanceof Boolean flag ? flag : ((Number) value).intValue() != 0;
  }

  /** Times are stored as DATETIME in UTC. */
  public static OffsetDateTime utc(Readable row, String column) {
    LocalDateTime value = row.get(column, LocalDateTime.class);
    return value == null ? null : value.atOffset(ZoneOffset.UTC);
  }
}
