package com.matchcast.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The columns one member reads, optionally with probabilities turned into log-probabilities:
 * a linear model on log p can reproduce the market exactly, which it cannot do on p.
 */
public final class FeatureView {

  private final int[] columns;
  private final boolean[] logTransform;
  private final List<String> names;

  private FeatureView(int[] columns, boolean[] logTransform, List<String> names) {
    this.columns = columns;
    this.logTransform = logTransform;
    this.names = List.copyOf(names);
  }

  public static FeatureView all(List<String> allNames) {
    return of(allNames, allNames, Set.of());
  }

  /** The named columns (unknown names are an error), with the given ones log-transformed. */
  public static FeatureView of(List<String> allNames, List<String> selected, Set<String> logged) {
    int[] columns = new int[selected.size()];
    boolean[] log = new boolean[selected.size()];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      columns[i] = allNames.indexOf(selected.get(i));
      if (columns[i] < 0) {
        throw new IllegalArgumentException("no feature named " + selected.get(i));
      }
      log[i] = logged.contains(selected.get(i));
      names.add(log[i] ? "log_" + selected.get(i) : selected.get(i));
    }
    return new FeatureView(columns, log, names);
  }

  public List<String> names() {
    return names;
  }

  public double[][] apply(double[][] rows) {
    double[][] out = new double[rows.length][columns.length];
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < columns.length; c++) {
        double value = rows[r][columns[c]];
        out[r][c] = logTransform[c] ? Math.log(Math.max(value, 1e-6)) : value;
      }
    }
    return out;
  }
}
