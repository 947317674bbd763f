package com.matchcast.feature;

import java.util.List;

/**
 * Features of every match of a timeline: row i belongs to the match with timeline index i.
 * Missing values are NaN.
 */
public record FeatureMatrix(List<FeatureDefinition> columns, double[][] rows) {

  public List<String> names() {
    return columns.stream().map(FeatureDefinition::name).toList();
  }

  /** The rows at the given timeline indexes, in that order (shared, not copied). */
  public double[][] select(int[] indexes) {
    double[][] selected = new double[indexes.length][];
    for (int i = 0; i < indexes.length; i++) {
      selected[i] = rows[indexes[i]];
    }
    return selected;
  }
}
