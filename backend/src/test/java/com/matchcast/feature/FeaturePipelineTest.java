package com.matchcast.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline's order is the leakage guarantee: describe a whole date, then learn it. */
class FeaturePipelineTest {

  /** Goals scored so far by each club: changes only through learn(). */
  static final class GoalsSoFar implements FeatureSource {
    final Map<String, Integer> goals = new HashMap<>();

    @Override
    public List<FeatureDefinition> definitions() {
      return List.of(new FeatureDefinition("home_goals_so_far", "goals so far", "results", "2000-2001"));
    }

    @Override
    public void describe(UpcomingMatch match, double[] out, int offset) {
      Integer g = goals.get(match.homeClub());
      out[offset] = g == null ? Double.NaN : g;
    }

    @Override
    public void learn(UpcomingMatch match, MatchOutcome outcome) {
      goals.merge(match.homeClub(), outcome.homeGoals(), Integer::sum);
      goals.merge(match.awayClub(), outcome.awayGoals(), Integer::sum);
    }
  }

  @Test
  void aMatchSeesOnlyEarlierDatesNeverItsOwnDay() {
    List<TimelineMatch> timeline = timeline(
        match(0, "2024-01-01", "A", "B", 3, 0),
        match(1, "2024-01-08", "A", "C", 1, 1),
        match(2, "2024-01-08", "B", "A", 2, 2),
        match(3, "2024-01-15", "A", "B", 0, 0));

    FeatureMatrix matrix = new FeaturePipeline(List.of(new GoalsSoFar())).run(timeline);

    assertThat(matrix.rows()[0][0]).as("no history yet").isNaN();
    assertThat(matrix.rows()[1][0]).as("A's 3 goals of 1 January").isEqualTo(3.0);
    assertThat(matrix.rows()[2][0]).as("B: 0 goals; the same day's A v C is not seen").isEqualTo(0.0);
    assertThat(matrix.rows()[3][0]).as("A: 3 + 1 + 2").isEqualTo(6.0);
  }

  @Test
  void aFeatureNameUsedTwiceIsRefused() {
    assertThatThrownBy(() -> new FeaturePipeline(List.of(new GoalsSoFar(), new GoalsSoFar())))
        .hasMessageContaining("home_goals_so_far");
  }

  static List<TimelineMatch> timeline(TimelineMatch... matches) {
    return new ArrayList<>(List.of(matches));
  }

  static TimelineMatch match(int index, String date, String home, String away, int hg, int ag) {
    UpcomingMatch upcoming = new UpcomingMatch(index, "E0", "2023-2024", LocalDate.parse(date), null, home, away,
        home, away, PreMatchPrices.none());
    return new TimelineMatch(upcoming, new MatchOutcome(hg, ag, null, null, null), new ClosingPrices(List.of()));
  }
}
