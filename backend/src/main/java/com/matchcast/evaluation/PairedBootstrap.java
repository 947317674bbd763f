package com.matchcast.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap (Efron and Tibshirani 1993, ch. 13) of mean paired differences. Matches
 * are resampled, not score differences independently, and all series of one comparison share
 * the same draws. Each call seeds its own generator from the base seed and a key naming the
 * comparison, so an interval does not depend on which others were computed before it.
 */
final class PairedBootstrap {

  private static final double TAIL = 0.025;

  private final int resamples;
  private final long seed;

  PairedBootstrap(int resamples, long seed) {
    if (resamples < 2) {
      throw new IllegalArgumentException("at least two resamples");
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /** One interval per series; every series has one difference per match, at least one match. */
  PairedDifference[] intervals(String key, double[]... differences) {
    SplittableRandom random = new SplittableRandom(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L));
    double[][] means = resampledMeans(differences, random);
    PairedDifference[] intervals = new PairedDifference[differences.length];
    for (int s = 0; s < differences.length; s++) {
      intervals[s] = interval(Arrays.stream(differences[s]).average().orElseThrow(), means[s]);
    }
    return intervals;
  }

  private double[][] resampledMeans(double[][] differences, SplittableRandom random) {
    int n = differences[0].length;
    double[][] means = new double[differences.length][resamples];
    int[] drawn = new int[n];
    for (int r = 0; r < resamples; r++) {
      for (int i = 0; i < n; i++) {
        drawn[i] = drawIndex(random, n);
      }
      for (int s = 0; s < differences.length; s++) {
        double[] values = differences[s];
        double sum = 0;
        for (int index : drawn) {
          sum += values[index];
        }
        means[s][r] = sum / n;
      }
    }
    return means;
  }

  /**
   * Multiply-shift of 32 random bits (Lemire, "Fast random integer generation in an interval",
   * ACM TOMACS 2019) without the rejection step: the bias, at most n / 2^32 per index, is far
   * below the bootstrap's own noise and the draw is several times cheaper than nextInt(n).
   */
  private static int drawIndex(SplittableRandom random, int n) {
    return (int) (((random.nextLong() >>> 32) * n) >>> 32);
  }

  private static PairedDifference interval(double mean, double[] resampledMeans) {
    Arrays.sort(resampledMeans);
    return new PairedDifference(mean, quantile(resampledMeans, TAIL), quantile(resampledMeans, 1 - TAIL));
  }

  /** Linear interpolation between order statistics (Hyndman and Fan 1996, type 7). */
  private static double quantile(double[] sorted, double level) {
    double position = level * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
