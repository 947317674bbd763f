package com.matchcast.outlook;

/**
 * A band of final positions that decides something: the title, European places, promotion,
 * play-offs, relegation. Positions count from 1; a negative one counts from the bottom (-1 is last),
 * so that one band holds for a league whose number of clubs changed.
 *
 * @param name  a stable identifier, e.g. "title", "champions-league", "relegation"
 * @param label how a person reads it
 */
public record PlaceBand(String name, String label, int from, int to) {

  public static final String TITLE = "title";
  public static final String RELEGATION = "relegation";

  /** First position of the band in a league of {@code clubs} clubs. */
  public int first(int clubs) {
    return Math.min(resolve(from, clubs), resolve(to, clubs));
  }

  /** Last position of the band in a league of {@code clubs} clubs. */
  public int last(int clubs) {
    return Math.max(resolve(from, clubs), resolve(to, clubs));
  }

  private static int resolve(int position, int clubs) {
    return position > 0 ? position : clubs + 1 + position;
  }
}
