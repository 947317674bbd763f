package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import java.util.ArrayList;
import java.util.List;

/** A ledger row as stored and exported: the prediction and its place in the hash chain. */
public record LedgerEntry(Prediction prediction, String previousHash, String rowHash) {

  /** Every export cell in {@link LedgerColumn#exportHeader()} order. */
  public List<String> exportCells() {
    List<String> cells = new ArrayList<>(CanonicalRow.cells(prediction));
    cells.add(previousHash);
    cells.add(rowHash);
    return cells;
  }
}
