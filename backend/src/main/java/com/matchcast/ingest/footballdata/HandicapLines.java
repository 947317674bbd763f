package com.matchcast.ingest.footballdata;

import java.math.BigDecimal;

/**
 * Asian handicap lines as the files write them: a quarter-goal multiple such as {@code -0.75},
 * or now and then a split line written as its two halves ({@code -1.5/-2}, {@code 0,-0.5}),
 * which is the quarter line between them. Anything else (a price slipped into the line
 * column, {@code 1/4}) is not a line.
 */
final class HandicapLines {

  private static final BigDecimal QUARTER = new BigDecimal("0.25");
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal WIDEST = BigDecimal.TEN;

  private HandicapLines() {}

  /** The line, or null when the text is not a plausible handicap. */
  static BigDecimal parse(String text) {
    int split = Math.max(text.indexOf('/'), text.indexOf(','));
    BigDecimal line = split < 0 ? number(text) : splitLine(text.substring(0, split), text.substring(split + 1));
    if (line == null || line.abs().compareTo(WIDEST) > 0 || line.remainder(QUARTER).signum() != 0) {
      return null;
    }
    return line;
  }

  private static BigDecimal splitLine(String first, String second) {
    BigDecimal a = number(first);
    BigDecimal b = number(second);
    if (a == null || b == null || a.subtract(b).abs().compareTo(HALF) != 0) {
      return null;
    }
    return a.add(b).divide(BigDecimal.valueOf(2));
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(Cells.trim(text));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
