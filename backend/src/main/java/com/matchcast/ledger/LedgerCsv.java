package com.matchcast.ledger;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV for the ledger export: a header, then one line per row; a cell with a comma,
 * quote or line break is quoted with doubled quotes. Written and read here, so the export's
 * format does not depend on a library's defaults.
 */
final class LedgerCsv {

  private LedgerCsv() {}

  static String line(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String cell = cells.get(i);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    return line.append('\n').toString();
  }

  /** Reads records one at a time, so that a large export is verified in constant memory. */
  static final class Records {
    private final PushbackReader in;

    Records(Reader in) {
      this.in = new PushbackReader(in, 1);
    }

    /** The next record, or null at the end of the text. */
    List<String> next() {
      try {
        int c = in.read();
        if (c == -1) {
          return null;
        }
        in.unread(c);
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        while ((c = in.read()) != -1) {
          if (quoted) {
            if (c != '"') {
              cell.append((char) c);
            } else {
              int next = in.read();
              if (next == '"') {
                cell.append('"');
              } else {
                quoted = false;
                if (next != -1) {
                  in.unread(next);
                }
              }
            }
          } else if (c == '"' && cell.isEmpty()) {
            quoted = true;
          } else if (c == ',') {
            record.add(cell.toString());
            cell.setLength(0);
          } else if (c == '\n') {
            break;
          } else if (c != '\r') {
            cell.append((char) c);
          }
        }
        record.add(cell.toString());
        return record;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
