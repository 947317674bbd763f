package com.matchcast.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveFeaturesTest {

  private static final LocalDate FIRST = LocalDate.of(2023, 8, 12);

  @Test
  void learnsEachPlayedMatchOnceWhetherItsEntryIsKeptOrMadeAgain() {
    List<TimelineMatch> timeline = season(20, 12); // twelve played, eight to come
    LiveFeatures live = new LiveFeatures();

    assertThat(live.advance(timeline, FIRST.plusWeeks(6))).isEqualTo(6);
    assertThat(live.advance(timeline, FIRST.plusWeeks(6))).as("the same entries again").isZero();
    assertThat(live.advance(season(20, 12), FIRST.plusWeeks(6))).as("equal entries made again").isZero();
    assertThat(live.advance(season(20, 12), FIRST.plusWeeks(12))).as("the next six days").isEqualTo(6);
    assertThat(live.rebuilds()).isZero();

    // what it knows is what one look at the whole of it would know
    LiveFeatures once = new LiveFeatures();
    once.advance(season(20, 12), FIRST.plusWeeks(12));
    UpcomingMatch next = timeline.get(12).upcoming();
    assertThat(live.describe(next)).containsExactly(once.describe(next));
  }

  @Test
  void aResultForADayAlreadyPassedRebuildsFromEveryPlayedMatch() {
    LiveFeatures live = new LiveFeatures();
    List<TimelineMatch> timeline = season(20, 12);
    // week 3's result is missing at first
    List<TimelineMatch> withoutWeek3 = new ArrayList<>(timeline);
    withoutWeek3.set(3, new TimelineMatch(timeline.get(3).upcoming(), null, new ClosingPrices(List.of())));
    assertThat(live.advance(withoutWeek3, FIRST.plusWeeks(8))).isEqualTo(7);

    assertThat(live.advance(timeline, FIRST.plusWeeks(8))).as("all eight again, week 3 in its place").isEqualTo(8);
    assertThat(live.rebuilds()).isEqualTo(1);

    LiveFeatures once = new LiveFeatures();
    once.advance(timeline, FIRST.plusWeeks(8));
    UpcomingMatch next = timeline.get(8).upcoming();
    assertThat(live.describe(next)).containsExactly(once.describe(next));
  }

  /** One match a week between six clubs, the first {@code played} with results; new objects at every call. */
  private static List<TimelineMatch> season(int weeks, int played) {
    List<TimelineMatch> timeline = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      String home = "Club " + w % 6;
      String away = "Club " + (w + 1 + w / 6) % 6;
      UpcomingMatch m = new UpcomingMatch(w, "E0", "2023-2024", FIRST.plusWeeks(w), null, home, away, home, away,
          PreMatchPrices.none());
      MatchOutcome outcome = w < played ? new MatchOutcome(w % 3, (w + 1) % 2, null, null, null) : null;
      timeline.add(new TimelineMatch(m, outcome, new ClosingPrices(List.of())));
    }
    return timeline;
  }
}
