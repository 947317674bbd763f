package com.matchcast.feature;

import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.List;

/**
 * A group of pre-match features with the state it needs (ratings, form tables, ...).
 *
 * <p>The pipeline walks the timeline date by date: it first calls {@link #describe} for every
 * match of a date, then {@link #learn} for every match of that date that was played. A source
 * therefore never sees a result before describing a match that kicked off after it, and it
 * never sees closing prices at all.
 */
public interface FeatureSource {

  /** The columns this source writes, in order. */
  List<FeatureDefinition> definitions();

  /** Writes this source's features into {@code out[offset ..]}; Double.NaN where a value is unknown, never 0. */
  void describe(UpcomingMatch match, double[] out, int offset);

  /** Learns from a match that has been played. */
  void learn(UpcomingMatch match, MatchOutcome outcome);
}
