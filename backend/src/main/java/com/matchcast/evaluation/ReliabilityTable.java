package com.matchcast.evaluation;

import java.util.List;

/**
 * Calibration of the forecasts of one outcome (home win, draw or away win). Empty bins are
 * left out so that every number in the table is defined.
 *
 * @param calibrationError sum over bins of (count / matches) * |observed - predicted|
 */
public record ReliabilityTable(String outcome, List<ReliabilityBin> bins, double calibrationError) {

  public ReliabilityTable {
    bins = List.copyOf(bins);
  }
}
