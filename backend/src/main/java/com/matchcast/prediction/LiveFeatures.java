package com.matchcast.prediction;

import com.matchcast.forecast.ForecastSetup;
import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeaturePipeline;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feature sources' state kept in memory and advanced as results arrive, so that a forecast
 * describes one match instead of replaying history. The backtest's leakage rule holds: the state
 * has learned the results of days before {@code today} only, and a match is described on or
 * after its own day; a result that arrives for a day already passed rebuilds the state.
 */
final class LiveFeatures {

  private static final Logger log = LoggerFactory.getLogger(LiveFeatures.class);

  private FeaturePipeline pipeline = new FeaturePipeline(ForecastSetup.standardSources());
  private final Set<String> learned = new HashSet<>();
  /**
   * The timeline entries already learned, by identity: the serving view keeps a whole match's entry
   * from look to look, so most played matches are known here without making their key (making one
   * per played match, some 100,000 of them, was most of a look's time). An entry not found here may
   * still be learned (made again, at another position): the key decides.
   */
  private final Set<TimelineMatch> learnedEntries = Collections.newSetFromMap(new IdentityHashMap<>());
  private LocalDate learnedBefore = LocalDate.MIN;
  private int rebuilds;

  List<FeatureDefinition> columns() {
    return pipeline.columns();
  }

  /**
   * Learns every played match of {@code timeline} dated before {@code today} not learned yet.
   *
   * @return how many matches were learned
   */
  int advance(List<TimelineMatch> timeline, LocalDate today) {
    if (learnedEntries.size() > 2 * learned.size() + 1_000) {
      learnedEntries.clear(); // entries made again since: drop the stale ones, the keys still know them
    }
    List<TimelineMatch> fresh = new ArrayList<>();
    for (TimelineMatch m : timeline) {
      if (m.isPlayed() && m.upcoming().date().isBefore(today) && !learnedEntries.contains(m)) {
        if (learned.contains(key(m.upcoming()))) {
          learnedEntries.add(m);
        } else {
          fresh.add(m);
        }
      }
    }
    if (fresh.stream().anyMatch(m -> m.upcoming().date().isBefore(learnedBefore))) {
      log.info("A result arrived for a day already learned past; rebuilding the feature state");
      pipeline = new FeaturePipeline(ForecastSetup.standardSources());
      learned.clear();
      learnedEntries.clear();
      rebuilds++;
      fresh = timeline.stream().filter(m -> m.isPlayed() && m.upcoming().date().isBefore(today)).toList();
    }
    for (TimelineMatch match : fresh) {
      pipeline.learn(match.upcoming(), match.outcome());
      learned.add(key(match.upcoming()));
      learnedEntries.add(match);
    }
    if (today.isAfter(learnedBefore)) {
      learnedBefore = today;
    }
    return fresh.size();
  }

  /** The match's features; only for a match of {@code today} or later (see {@link #advance}). */
  double[] describe(UpcomingMatch match) {
    if (match.date().isBefore(learnedBefore)) {
      throw new IllegalArgumentException("a match of " + match.date() + " cannot be described once results up to "
          + learnedBefore.minusDays(1) + " are learned");
    }
    return pipeline.describe(match);
  }

  int rebuilds() {
    return rebuilds;
  }

  static String key(UpcomingMatch match) {
    return match.division() + "|" + match.date() + "|" + match.homeClub() + "|" + match.awayClub();
  }
}
