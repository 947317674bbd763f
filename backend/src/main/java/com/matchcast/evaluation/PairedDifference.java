package com.matchcast.evaluation;

/**
 * The mean per-match difference model minus market of a score (negative: the model scored
 * better), with a percentile bootstrap 95% confidence interval.
 */
public record PairedDifference(double mean, double lower, double upper) {

  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }
}
