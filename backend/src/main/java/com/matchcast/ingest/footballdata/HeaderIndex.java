package com.matchcast.ingest.footballdata;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Column positions by header name, built once per file: columns are always selected by name
 * because every era of the files has its own column set.
 */
final class HeaderIndex {

  /** A UTF-8 byte order mark that was once decoded as latin-1 and written back as text. */
  private static final String MISDECODED_BYTE_ORDER_MARK = "\u00EF\u00BB\u00BF";

  private final Map<String, Integer> positions = new HashMap<>();
  private final Set<String> names = new LinkedHashSet<>();

  HeaderIndex(String[] header) {
    String[] labels = header.clone();
    if (labels.length > 0) {
      labels[0] = withoutByteOrderMark(labels[0]);
    }
    for (int i = 0; i < labels.length; i++) {
      String name = Cells.trim(labels[i]);
      if (!name.isEmpty() && !positions.containsKey(name)) {
        addName(name, i);
      }
    }
    nameUnlabelledTriples(labels);
  }

  /** The position of the column, or -1 when the file does not have it. */
  int position(String name) {
    return positions.getOrDefault(name, -1);
  }

  /** The position of the first of these columns the file has, or -1. */
  int firstPosition(String... candidates) {
    for (String name : candidates) {
      if (positions.containsKey(name)) {
        return positions.get(name);
      }
    }
    return -1;
  }

  boolean has(String name) {
    return positions.containsKey(name);
  }

  Set<String> names() {
    return names;
  }

  private static String withoutByteOrderMark(String name) {
    String trimmed = name.startsWith("\uFEFF") ? name.substring(1) : name;
    return trimmed.startsWith(MISDECODED_BYTE_ORDER_MARK)
        ? trimmed.substring(MISDECODED_BYTE_ORDER_MARK.length())
        : trimmed;
  }

  /**
   * Some files head a bookmaker's three 1X2 columns with the bare prefix ({@code LB,LB,LB} in
   * D2 2004-05). Three adjacent equal names are read as that prefix's home, draw and away.
   */
  private void nameUnlabelledTriples(String[] header) {
    for (int i = 0; i + 2 < header.length; i++) {
      String prefix = Cells.trim(header[i]);
      if (!prefix.isEmpty() && prefix.equals(Cells.trim(header[i + 1])) && prefix.equals(Cells.trim(header[i + 2]))
          && !positions.containsKey(prefix + "H")) {
        positions.remove(prefix);
        names.remove(prefix);
        addName(prefix + "H", i);
        addName(prefix + "D", i + 1);
        addName(prefix + "A", i + 2);
        i += 2;
      }
    }
  }

  private void addName(String name, int position) {
    positions.put(name, position);
    names.add(name);
  }
}
