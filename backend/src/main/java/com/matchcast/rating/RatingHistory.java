package com.matchcast.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every rating a club has held, in the order its matches were learned. */
public final class RatingHistory {

  private final Map<String, List<RatingPoint>> pointsByClub = new HashMap<>();

  public void record(String club, LocalDate date, double value) {
    pointsByClub.computeIfAbsent(club, c -> new ArrayList<>()).add(new RatingPoint(date, value));
  }

  /** An unmodifiable copy; empty for a club never rated. */
  public List<RatingPoint> of(String club) {
    return List.copyOf(pointsByClub.getOrDefault(club, List.of()));
  }
}
