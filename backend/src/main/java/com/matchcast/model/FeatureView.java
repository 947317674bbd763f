package com.matchcast.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

  /** How many columns the full feature row has at least (for checking a served row). */
  int column(int viewColumn) {
    return columns[viewColumn];
  }

  int width() {
    return columns.length;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(columns.length);
    for (int c = 0; c < columns.length; c++) {
      out.writeInt(columns[c]);
      out.writeBoolean(logTransform[c]);
      out.writeUTF(names.get(c));
    }
  }

  static FeatureView read(DataInputStream in) throws IOException {
    int width = in.readInt();
    int[] columns = new int[width];
    boolean[] log = new boolean[width];
    List<String> names = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      columns[c] = in.readInt();
      log[c] = in.readBoolean();
      names.add(in.readUTF());
    }
    return new FeatureView(columns, log, names);
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
