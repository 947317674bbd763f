package com.matchcast.ingest.footballdata;

import java.util.ArrayList;
import java.util.List;

/**
 * One physical line of a CSV file with its 1-based line number, so that every record and
 * rejection can point at the line a person would open. Files use LF or CRLF.
 */
record SourceLine(int number, String text) {

  static List<SourceLine> split(String content) {
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start < content.length()) {
      int end = content.indexOf('\n', start);
      int next = end < 0 ? content.length() : end + 1;
      int stop = end < 0 ? content.length() : end;
      if (stop > start && content.charAt(stop - 1) == '\r') {
        stop--;
      }
      lines.add(new SourceLine(number++, content.substring(start, stop)));
      start = next;
    }
    return lines;
  }

  /** The comma-separated cells; football-data does not quote, but a quoted cell is honoured. */
  String[] cells() {
    if (text.indexOf('"') < 0) {
      return text.split(",", -1);
    }
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells.toArray(String[]::new);
  }
}
