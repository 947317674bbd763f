package com.matchcast.ledger;

import com.matchcast.api.JsonStrings;
import java.util.List;

/**
 * One ledger row as a JSON object with the export's column names: integers and decimals as JSON
 * numbers written in their canonical text (so re-formatting them with 10 decimals gives back
 * the hashed text), other values as strings, absent values as null.
 */
final class LedgerJson {

  private static final List<String> HEADER = LedgerColumn.exportHeader();

  private LedgerJson() {}

  static String object(LedgerEntry entry) {
    List<String> cells = entry.exportCells();
    LedgerColumn[] columns = LedgerColumn.values();
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append(JsonStrings.quoted(HEADER.get(i))).append(':');
      String cell = cells.get(i);
      LedgerColumn.Kind kind = i < columns.length ? columns[i].kind() : LedgerColumn.Kind.TEXT;
      boolean number = kind == LedgerColumn.Kind.INTEGER || kind == LedgerColumn.Kind.DECIMAL;
      // An empty text or top-scores cell is a value (no scores); an empty number, date or time is absent.
      boolean absent = cell.isEmpty() && kind != LedgerColumn.Kind.TEXT && kind != LedgerColumn.Kind.TOP_SCORES;
      json.append(absent ? "null" : number ? cell : JsonStrings.quoted(cell));
    }
    return json.append('}').toString();
  }
}
