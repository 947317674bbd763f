package com.matchcast.quality;

/** How many matches have a group of columns, and their share of all matches (0 when there are none). */
public record Completeness(int count, double share) {

  public static Completeness of(int count, int matches) {
    return new Completeness(count, matches == 0 ? 0.0 : (double) count / matches);
  }
}
