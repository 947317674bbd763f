package com.matchcast.ingest.footballdata;

import java.math.BigDecimal;

/** Reading single cell values the way football-data writes them. */
final class Cells {

  private Cells() {}

  /** The trimmed cell at the column, or null when the column is absent or the cell empty. */
  static String text(String[] cells, int column) {
    if (column < 0 || column >= cells.length) {
      return null;
    }
    String value = trim(cells[column]);
    return value.isEmpty() ? null : value;
  }

  /** Trims spaces and also the no-break space that precedes some referee names. */
  static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  /**
   * A whole number; pandas-rewritten files write {@code 8} as {@code 8.0}, which is accepted.
   *
   * @throws NumberFormatException when the text is not a whole number
   */
  static int wholeNumber(String value) {
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Integer.parseInt(value);
    }
    for (int i = dot + 1; i < value.length(); i++) {
      if (value.charAt(i) != '0') {
        throw new NumberFormatException("not a whole number: " + value);
      }
    }
    return Integer.parseInt(value.substring(0, dot));
  }

  /** A whole number, or null when the cell is empty or not a whole number. */
  static Integer optionalWholeNumber(String[] cells, int column) {
    String value = text(cells, column);
    if (value == null) {
      return null;
    }
    try {
      return wholeNumber(value);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * A decimal value, or null when the cell is empty.
   *
   * @throws NumberFormatException when the text is not a number
   */
  static BigDecimal decimal(String[] cells, int column) {
    String value = text(cells, column);
    return value == null ? null : new BigDecimal(value);
  }

  static boolean isBlankRow(String[] cells) {
    for (String cell : cells) {
      if (!trim(cell).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c <= ' ' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
  }
}
