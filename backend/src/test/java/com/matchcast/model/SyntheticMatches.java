package com.matchcast.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic 1X2 problem: feature 0 is the home side's edge, feature 1 is noise, feature 2 is
 * missing in about a third of the rows, and missing means "the away side is strong" (an
 * informative gap, as when a newly promoted club has no rating yet). A model that reads NaN as 0
 * cannot tell a missing value from an average one.
 */
final class SyntheticMatches {

  static final int MISSING_FEATURE = 2;

  private SyntheticMatches() {}

  static TrainingSet generate(int rows, int width, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[rows][width];
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < width; j++) {
        x[i][j] = random.nextGaussian();
      }
      boolean missing = random.nextDouble() < 0.33;
      double score = 1.6 * x[i][0] + (missing ? -1.4 : 0.6 * x[i][MISSING_FEATURE]) + 0.4 * random.nextGaussian();
      if (missing) {
        x[i][MISSING_FEATURE] = Double.NaN;
      }
      y[i] = score > 0.45 ? 0 : score < -0.45 ? 2 : 1;
    }
    return new TrainingSet(x, y, null, names(width));
  }

  static List<String> names(int width) {
    List<String> names = new ArrayList<>();
    for (int j = 0; j < width; j++) {
      names.add("f" + j);
    }
    return names;
  }

  static int[] range(int from, int to) {
    int[] rows = new int[to - from];
    for (int i = from; i < to; i++) {
      rows[i - from] = i;
    }
    return rows;
  }

  /** The same row twice, once with the missing feature as NaN and once as 0. */
  static double[][] missingVersusZero(int width) {
    double[] missing = new double[width];
    missing[MISSING_FEATURE] = Double.NaN;
    double[] zero = new double[width];
    return new double[][] {missing, zero};
  }
}
