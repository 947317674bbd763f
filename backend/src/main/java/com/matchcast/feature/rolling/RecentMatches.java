package com.matchcast.feature.rolling;

import java.util.Arrays;

/**
 * The last few matches of a club (or of a pairing), one row of numbers per match, kept in a
 * fixed ring so that adding a match never allocates. A value may be NaN (a statistic the source
 * did not give); averages skip it rather than counting it as 0.
 */
public final class RecentMatches {

  private final int capacity;
  private final int width;
  private final double[] rows;
  private int size;
  private int next;

  /**
   * @param capacity how many matches are kept, the longest window that can be asked for
   * @param width    how many numbers describe one match
   */
  public RecentMatches(int capacity, int width) {
    this.capacity = capacity;
    this.width = width;
    this.rows = new double[capacity * width];
    Arrays.fill(rows, Double.NaN);
  }

  /** Keeps {@code row} (copied) as the newest match, forgetting the oldest when full. */
  public void add(double[] row) {
    System.arraycopy(row, 0, rows, next * width, width);
    next = (next + 1) % capacity;
    size = Math.min(size + 1, capacity);
  }

  /** How many matches are kept, at most the capacity. */
  public int size() {
    return size;
  }

  /** {@code column} of the match {@code age} matches back: 0 is the newest. */
  public double value(int age, int column) {
    if (age < 0 || age >= size) {
      throw new IndexOutOfBoundsException("age " + age + " of " + size + " matches");
    }
    int slot = Math.floorMod(next - 1 - age, capacity);
    return rows[slot * width + column];
  }

  /** Mean of {@code column} over the newest {@code lastN} matches that have it; NaN when none does. */
  public double mean(int column, int lastN) {
    int count = 0;
    double sum = 0;
    for (int age = 0; age < Math.min(lastN, size); age++) {
      double value = value(age, column);
      if (!Double.isNaN(value)) {
        sum += value;
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
