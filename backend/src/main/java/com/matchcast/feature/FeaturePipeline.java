package com.matchcast.feature;

import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Walks a timeline date by date: first every match of the date is described from what the
 * sources learned so far, then the played matches of that date are learned. This order is the
 * leakage guarantee: nothing that happened on or after a match's date can reach its features.
 */
public final class FeaturePipeline {

  private final List<FeatureSource> sources;
  private final List<FeatureDefinition> columns;
  private final int[] offsets;

  public FeaturePipeline(List<FeatureSource> sources) {
    this.sources = List.copyOf(sources);
    List<FeatureDefinition> all = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (FeatureSource source : sources) {
      for (FeatureDefinition definition : source.definitions()) {
        if (!names.add(definition.name())) {
          throw new IllegalStateException("feature " + definition.name() + " is defined twice");
        }
        all.add(definition);
      }
    }
    this.columns = List.copyOf(all);
    this.offsets = new int[sources.size()];
    for (int i = 1; i < sources.size(); i++) {
      offsets[i] = offsets[i - 1] + sources.get(i - 1).definitions().size();
    }
  }

  public List<FeatureDefinition> columns() {
    return columns;
  }

  /** Features of every match; the timeline must be in date order with index i at position i. */
  public FeatureMatrix run(List<TimelineMatch> timeline) {
    return run(timeline, match -> true);
  }

  /**
   * Features of the wanted matches only (the others' rows stay null), while still learning from
   * every played match: a promoted club's form comes from the division below even when only
   * top-flight matches are forecast.
   */
  public FeatureMatrix run(List<TimelineMatch> timeline, Predicate<UpcomingMatch> wanted) {
    double[][] rows = new double[timeline.size()][];
    int start = 0;
    while (start < timeline.size()) {
      int end = endOfDate(timeline, start);
      for (int i = start; i < end; i++) {
        if (wanted.test(timeline.get(i).upcoming())) {
          rows[i] = describe(timeline.get(i));
        }
      }
      for (int i = start; i < end; i++) {
        learn(timeline.get(i));
      }
      start = end;
    }
    return new FeatureMatrix(columns, rows);
  }

  private double[] describe(TimelineMatch match) {
    return describe(match.upcoming());
  }

  /**
   * One match's features from what the sources have learned so far: for serving, where the state
   * is kept and advanced result by result instead of replaying history for every forecast. The
   * caller keeps {@link #run}'s order: a match is described only with results of earlier dates.
   */
  public double[] describe(UpcomingMatch match) {
    double[] row = new double[columns.size()];
    for (int i = 0; i < sources.size(); i++) {
      sources.get(i).describe(match, row, offsets[i]);
    }
    return row;
  }

  /** Teaches every source a played match (serving's counterpart of {@link #run}'s learning step). */
  public void learn(UpcomingMatch match, com.matchcast.timeline.MatchOutcome outcome) {
    for (FeatureSource source : sources) {
      source.learn(match, outcome);
    }
  }

  private void learn(TimelineMatch match) {
    if (match.isPlayed()) {
      for (FeatureSource source : sources) {
        source.learn(match.upcoming(), match.outcome());
      }
    }
  }

  private static int endOfDate(List<TimelineMatch> timeline, int start) {
    int end = start + 1;
    while (end < timeline.size() && timeline.get(end).upcoming().date().equals(timeline.get(start).upcoming().date())) {
      end++;
    }
    if (timeline.get(start).upcoming().index() != start) {
      throw new IllegalArgumentException("timeline index " + timeline.get(start).upcoming().index() + " at position " + start);
    }
    return end;
  }
}
