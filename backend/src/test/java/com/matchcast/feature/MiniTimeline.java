package com.matchcast.feature;

import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.SeasonCodes;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built timelines for feature tests, walked the way the pipeline walks: every match of a
 * date is described, then every played match of that date is learned.
 */
public final class MiniTimeline {

  private final List<UpcomingMatch> matches = new ArrayList<>();
  private final List<MatchOutcome> outcomes = new ArrayList<>();

  /** A played match; club keys are the team names. */
  public MiniTimeline played(String division, String date, String home, String away, MatchOutcome outcome) {
    matches.add(match(matches.size(), division, date, home, away));
    outcomes.add(outcome);
    return this;
  }

  public MiniTimeline played(String date, String home, String away, int homeGoals, int awayGoals) {
    return played("E0", date, home, away, score(homeGoals, awayGoals));
  }

  public List<UpcomingMatch> matches() {
    return matches;
  }

  public List<MatchOutcome> outcomes() {
    return outcomes;
  }

  /** Describes and learns every match in date order; returns each match's columns by timeline index. */
  public Map<Integer, double[]> walk(FeatureSource source) {
    Map<Integer, double[]> described = new LinkedHashMap<>();
    int from = 0;
    while (from < matches.size()) {
      int to = from;
      while (to < matches.size() && matches.get(to).date().equals(matches.get(from).date())) {
        to++;
      }
      for (int i = from; i < to; i++) {
        described.put(matches.get(i).index(), describe(source, matches.get(i)));
      }
      for (int i = from; i < to; i++) {
        source.learn(matches.get(i), outcomes.get(i));
      }
      from = to;
    }
    return described;
  }

  /** The same matches, keeping their indexes, in the given order of positions. */
  public static MiniTimeline reordered(MiniTimeline timeline, List<Integer> order) {
    MiniTimeline reordered = new MiniTimeline();
    for (int position : order) {
      reordered.matches.add(timeline.matches.get(position));
      reordered.outcomes.add(timeline.outcomes.get(position));
    }
    return reordered;
  }

  /** Learns every match, in order, without describing. */
  public <S extends FeatureSource> S learnAll(S source) {
    for (int i = 0; i < matches.size(); i++) {
      source.learn(matches.get(i), outcomes.get(i));
    }
    return source;
  }

  public static double[] describe(FeatureSource source, UpcomingMatch match) {
    double[] out = new double[source.definitions().size()];
    source.describe(match, out, 0);
    return out;
  }

  /** One named column of a match described now. */
  public static double value(FeatureSource source, UpcomingMatch match, String name) {
    return describe(source, match)[column(source, name)];
  }

  public static int column(FeatureSource source, String name) {
    List<FeatureDefinition> definitions = source.definitions();
    for (int i = 0; i < definitions.size(); i++) {
      if (definitions.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  public static UpcomingMatch match(int index, String division, String date, String home, String away) {
    LocalDate day = LocalDate.parse(date);
    return new UpcomingMatch(index, division, SeasonCodes.seasonOf(day), day, null, home, away, home, away,
        PreMatchPrices.none());
  }

  /** A match to describe only, in E0. */
  public static UpcomingMatch upcoming(String date, String home, String away) {
    return match(-1, "E0", date, home, away);
  }

  public static MatchOutcome score(int homeGoals, int awayGoals) {
    return new MatchOutcome(homeGoals, awayGoals, null, null, null);
  }

  /** A score with shots, shots on target and corners for both teams. */
  public static MatchOutcome score(int homeGoals, int awayGoals, int homeShots, int awayShots, int homeOnTarget,
      int awayOnTarget, int homeCorners, int awayCorners) {
    MatchStatistics statistics = new MatchStatistics(homeShots, awayShots, homeOnTarget, awayOnTarget, homeCorners,
        awayCorners, null, null, null, null, null, null, null, null);
    return new MatchOutcome(homeGoals, awayGoals, null, null, statistics);
  }
}
