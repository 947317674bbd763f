package com.matchcast.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Turns raw feature rows into the logistic learner's design: each feature centred on its
 * training mean and scaled by its training spread, a missing value set to the mean (0), plus one
 * 0/1 column per feature that had missing values in training, so that "not known" can carry its
 * own weight (an absent price says something different from an average one).
 */
final class Standardiser {

  private final double[] means;
  private final double[] scales;
  private final int[] indicatorColumn; // -1 where the feature has no missing indicator
  private final int width;

  private Standardiser(double[] means, double[] scales, int[] indicatorColumn) {
    this.means = means;
    this.scales = scales;
    this.indicatorColumn = indicatorColumn;
    int indicators = 0;
    for (int column : indicatorColumn) {
      indicators += column >= 0 ? 1 : 0;
    }
    this.width = means.length + indicators;
  }

  static Standardiser fit(double[][] rows, int features) {
    double[] means = new double[features];
    double[] scales = new double[features];
    int[] indicator = new int[features];
    int next = features;
    for (int j = 0; j < features; j++) {
      double sum = 0;
      double squares = 0;
      int seen = 0;
      for (double[] row : rows) {
        if (!Double.isNaN(row[j])) {
          sum += row[j];
          squares += row[j] * row[j];
          seen++;
        }
      }
      means[j] = seen == 0 ? 0 : sum / seen;
      double variance = seen == 0 ? 0 : squares / seen - means[j] * means[j];
      scales[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
      indicator[j] = seen > 0 && seen < rows.length ? next++ : -1;
    }
    return new Standardiser(means, scales, indicator);
  }

  /** Columns of the design: features first, then the missing indicators. */
  int width() {
    return width;
  }

  double[] transform(double[] row) {
    double[] z = new double[width];
    for (int j = 0; j < means.length; j++) {
      boolean missing = Double.isNaN(row[j]);
      z[j] = missing ? 0 : (row[j] - means[j]) / scales[j];
      if (indicatorColumn[j] >= 0) {
        z[indicatorColumn[j]] = missing ? 1 : 0;
      }
    }
    return z;
  }

  /** The raw feature a design column belongs to, so contributions are reported per feature. */
  int featureOf(int designColumn) {
    if (designColumn < means.length) {
      return designColumn;
    }
    for (int j = 0; j < indicatorColumn.length; j++) {
      if (indicatorColumn[j] == designColumn) {
        return j;
      }
    }
    throw new IllegalArgumentException("no design column " + designColumn);
  }

  void write(DataOutputStream out) throws IOException {
    out.writeInt(means.length);
    for (int j = 0; j < means.length; j++) {
      out.writeDouble(means[j]);
      out.writeDouble(scales[j]);
      out.writeInt(indicatorColumn[j]);
    }
  }

  static Standardiser read(DataInputStream in) throws IOException {
    int features = in.readInt();
    double[] means = new double[features];
    double[] scales = new double[features];
    int[] indicator = new int[features];
    for (int j = 0; j < features; j++) {
      means[j] = in.readDouble();
      scales[j] = in.readDouble();
      indicator[j] = in.readInt();
    }
    return new Standardiser(means, scales, indicator);
  }
}
