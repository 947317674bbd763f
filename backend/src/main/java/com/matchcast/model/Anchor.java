package com.matchcast.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a boosted model starts from: the log-probabilities of the first complete (home, draw,
 * away) probability triple of the feature row, in order of preference, for example the
 * de-margined market average, then the bookmakers' consensus, then Elo. The trees then only
 * learn corrections to a forecast that is already good, instead of rebuilding it from scratch.
 * A row with no complete triple starts from one third each.
 */
public final class Anchor {

  private static final double UNIFORM = Math.log(1.0 / 3);

  /** Per preference, the three columns of the full feature row. */
  private final int[][] triples;
  private final List<String> names;

  private Anchor(int[][] triples, List<String> names) {
    this.triples = triples;
    this.names = List.copyOf(names);
  }

  /**
   * @param allNames the full row's column names
   * @param prefixes preferred first; prefix {@code market_p} means columns market_p_home, _draw, _away
   */
  public static Anchor of(List<String> allNames, List<String> prefixes) {
    int[][] triples = new int[prefixes.size()][3];
    List<String> names = new ArrayList<>();
    String[] outcomes = {"_home", "_draw", "_away"};
    for (int t = 0; t < prefixes.size(); t++) {
      for (int k = 0; k < 3; k++) {
        String name = prefixes.get(t) + outcomes[k];
        triples[t][k] = allNames.indexOf(name);
        if (triples[t][k] < 0) {
          throw new IllegalArgumentException("no feature named " + name);
        }
        names.add(name);
      }
    }
    return new Anchor(triples, names);
  }

  /** The base scores of full feature rows. */
  public double[][] scores(double[][] rows) {
    double[][] out = new double[rows.length][3];
    for (int i = 0; i < rows.length; i++) {
      int[] triple = chosen(rows[i]);
      for (int k = 0; k < 3; k++) {
        out[i][k] = triple == null ? UNIFORM : Math.log(Math.max(rows[i][triple[k]], Probabilities.FLOOR));
      }
    }
    return out;
  }

  /** The columns this row's base scores come from, or null when it starts from one third each. */
  int[] chosen(double[] row) {
    for (int[] triple : triples) {
      double sum = 0;
      boolean complete = true;
      for (int column : triple) {
        double p = row[column];
        complete &= p > 0 && p < 1;
        sum += p;
      }
      if (complete && Math.abs(sum - 1) < 1e-3) {
        return triple;
      }
    }
    return null;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(triples.length);
    for (int t = 0; t < triples.length; t++) {
      for (int k = 0; k < 3; k++) {
        out.writeInt(triples[t][k]);
        out.writeUTF(names.get(3 * t + k));
      }
    }
  }

  static Anchor read(DataInputStream in) throws IOException {
    int count = in.readInt();
    int[][] triples = new int[count][3];
    List<String> names = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      for (int k = 0; k < 3; k++) {
        triples[t][k] = in.readInt();
        names.add(in.readUTF());
      }
    }
    return new Anchor(triples, names);
  }

  @Override
  public String toString() {
    return "anchor " + names;
  }
}
