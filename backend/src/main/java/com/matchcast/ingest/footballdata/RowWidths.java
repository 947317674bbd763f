package com.matchcast.ingest.footballdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which row widths a file may have. Columns are read by position, so a row with a field missing
 * or added in the middle would put the referee in a shots column and every price one bookmaker
 * over; such a row must be refused, not read.
 *
 * <p>The header's width is always accepted (trailing unlabelled header cells and trailing empty
 * row cells beyond them are padding, not fields). Real files also change format mid-season:
 * E0 2002-03 has 80 rows without the two Bet365 over/under columns added later, I2 2000-01 29
 * rows without any odds. In all 16 divisions 2000-01 .. 2023-24 every such width is shared by
 * at least {@value #FORMAT_ROWS} rows, while a damaged row (a truncated last line, a shifted
 * row) has a width of its own; so a width that at least {@value #FORMAT_ROWS} rows of the file
 * share is a format, any other is damage. Three real rows are refused by this rule, each for
 * a real defect: P1 2003-04 Benfica v Academica (an empty field inserted before the Asian
 * handicap prices), T1 2006-07 Manisaspor v Sakaryaspor (an "Abandoned" note in extra fields)
 * and G1 2004-05 PAOK v Egaleo (the last three prices missing).
 */
final class RowWidths {

  static final int FORMAT_ROWS = 3;

  private final int headerWidth;
  private final Set<Integer> accepted = new TreeSet<>();

  private RowWidths(int headerWidth) {
    this.headerWidth = headerWidth;
    accepted.add(headerWidth);
  }

  /** The widths of {@code rows} that this file accepts, given its header. */
  static RowWidths of(String[] header, List<String[]> rows) {
    RowWidths widths = new RowWidths(labelledWidth(header));
    Map<Integer, Integer> counts = new HashMap<>();
    for (String[] row : rows) {
      counts.merge(widths.width(row), 1, Integer::sum);
    }
    counts.forEach((width, n) -> {
      if (n >= FORMAT_ROWS) {
        widths.accepted.add(width);
      }
    });
    return widths;
  }

  /** Why this row's width is refused, or null when the file accepts it. */
  String problem(String[] row) {
    int width = width(row);
    if (accepted.contains(width)) {
      return null;
    }
    String formats = accepted.size() == 1 ? "" : " or " + accepted.stream().filter(w -> w != headerWidth)
        .map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + " as other rows of this file";
    return "field count: the row has " + width + " fields, the header has " + headerWidth + formats
        + " (a truncated row, or a field missing or added that would shift every column after it)";
  }

  /** Fields of the row: trailing empty cells beyond the header are padding and do not count. */
  int width(String[] row) {
    int width = row.length;
    while (width > headerWidth && Cells.trim(row[width - 1]).isEmpty()) {
      width--;
    }
    return width;
  }

  private static int labelledWidth(String[] header) {
    int width = header.length;
    while (width > 0 && Cells.trim(header[width - 1]).isEmpty()) {
      width--;
    }
    return width;
  }
}
