package com.matchcast.ledger;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-computes the hash chain over a CSV export ({@code /ledger/export.csv}) and names the
 * first row whose content or link does not match. A row that was rewritten fails its own hash;
 * a row removed or moved breaks the next row's link to its predecessor. Cutting rows off the
 * end leaves a shorter chain that still verifies: compare the last row_hash with one published
 * earlier to rule that out.
 */
public final class LedgerVerifier {

  private LedgerVerifier() {}

  /**
   * The outcome of a verification.
   *
   * @param rowsChecked  rows whose hash matched, in order, before the first bad one
   * @param firstBadRow  the ledger id of the first row that does not verify (its 1-based line
   *                     in the data when its id is unreadable), or null when every row verifies
   * @param problem      what is wrong with that row, or null
   */
  public record Verification(long rowsChecked, Long firstBadRow, String problem) {
    public boolean intact() {
      return firstBadRow == null;
    }
  }

  public static Verification verifyCsv(Reader csv) {
    LedgerCsv.Records records = new LedgerCsv.Records(csv);
    List<String> header = records.next();
    if (!LedgerColumn.exportHeader().equals(header)) {
      return new Verification(0, 0L, "the header is not the ledger's: expected " + LedgerColumn.exportHeader());
    }
    LedgerColumn[] columns = LedgerColumn.values();
    String expectedPrevious = CanonicalRow.GENESIS;
    long checked = 0;
    for (List<String> cells = records.next(); cells != null; cells = records.next()) {
      long line = checked + 1;
      if (cells.size() != header.size()) {
        return new Verification(checked, idOf(cells, line), "has " + cells.size() + " cells, not " + header.size());
      }
      List<String> canonical = new ArrayList<>();
      for (int i = 0; i < columns.length; i++) {
        try {
          canonical.add(columns[i].kind().canonical(cells.get(i)));
        } catch (RuntimeException e) {
          return new Verification(checked, idOf(cells, line),
              columns[i].column() + " '" + cells.get(i) + "' is not a value the ledger writes");
        }
      }
      String previousHash = cells.get(columns.length);
      String rowHash = cells.get(columns.length + 1);
      if (!previousHash.equals(expectedPrevious)) {
        return new Verification(checked, idOf(cells, line),
            "previous_hash does not link to the row before it: a row was removed, inserted or moved");
      }
      if (!CanonicalRow.rowHash(canonical, previousHash).equals(rowHash)) {
        return new Verification(checked, idOf(cells, line), "row_hash does not match the row's content");
      }
      expectedPrevious = rowHash;
      checked++;
    }
    return new Verification(checked, null, null);
  }

  private static Long idOf(List<String> cells, long line) {
    try {
      return Long.parseLong(cells.get(0).trim());
    } catch (RuntimeException e) {
      return line;
    }
  }
}
