package com.matchcast.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The members' forecasts made by the walk-forward itself, each from a model trained only on
 * earlier matches: honest out-of-sample data for learning ensemble weights and calibration.
 */
final class OutOfSampleForecasts {

  private record Entry(LocalDate date, double[][] memberRows, int outcome) {}

  private final List<Entry> entries = new ArrayList<>();
  private final int members;

  OutOfSampleForecasts(int members) {
    this.members = members;
  }

  /** Adds row {@code row} of each member's forecast matrix for a played match. */
  void add(LocalDate date, List<double[][]> memberForecasts, int row, int outcome) {
    double[][] memberRows = new double[members][];
    for (int m = 0; m < members; m++) {
      memberRows[m] = memberForecasts.get(m)[row];
    }
    entries.add(new Entry(date, memberRows, outcome));
  }

  /** The entries dated in [from, before), as per-member matrices plus outcomes. */
  Window window(LocalDate from, LocalDate before) {
    List<Entry> selected = entries.stream()
        .filter(e -> !e.date().isBefore(from) && e.date().isBefore(before)).toList();
    List<double[][]> forecasts = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      double[][] matrix = new double[selected.size()][];
      for (int i = 0; i < selected.size(); i++) {
        matrix[i] = selected.get(i).memberRows()[m];
      }
      forecasts.add(matrix);
    }
    return new Window(forecasts, selected.stream().mapToInt(Entry::outcome).toArray());
  }

  record Window(List<double[][]> memberForecasts, int[] outcomes) {
    int size() {
      return outcomes.length;
    }
  }
}
