package com.matchcast.feature.headtohead;

import static com.matchcast.feature.MiniTimeline.score;
import static com.matchcast.feature.MiniTimeline.upcoming;
import static com.matchcast.feature.MiniTimeline.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.feature.MiniTimeline;
import com.matchcast.timeline.UpcomingMatch;
import org.junit.jupiter.api.Test;

class HeadToHeadFeaturesTest {

  /** Arsenal's view: won 2-0 at home, drew 1-1 away, lost 3-0 away (the last one in the second tier). */
  private static final MiniTimeline MEETINGS = new MiniTimeline()
      .played("2021-08-14", "Arsenal", "Burnley", 2, 0)
      .played("2022-01-15", "Burnley", "Arsenal", 1, 1)
      .played("E1", "2022-10-01", "Burnley", "Arsenal", score(3, 0))
      .played("2022-10-08", "Arsenal", "Chelsea", 5, 0);

  @Test
  void meetingsAreReadFromTodaysHomeTeamsSide() {
    HeadToHeadFeatures headToHead = MEETINGS.learnAll(new HeadToHeadFeatures());
    UpcomingMatch arsenalHome = upcoming("2023-08-12", "Arsenal", "Burnley");
    assertThat(value(headToHead, arsenalHome, "h2h_meetings")).isEqualTo(3);
    assertThat(value(headToHead, arsenalHome, "h2h_home_ppg")).isCloseTo(4 / 3.0, within(1e-12));
    assertThat(value(headToHead, arsenalHome, "h2h_home_goal_difference")).isCloseTo(-1 / 3.0, within(1e-12));
    assertThat(value(headToHead, arsenalHome, "h2h_draw_rate")).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(value(headToHead, arsenalHome, "h2h_goals_per_match")).isCloseTo(7 / 3.0, within(1e-12));
    UpcomingMatch burnleyHome = upcoming("2023-08-12", "Burnley", "Arsenal");
    assertThat(value(headToHead, burnleyHome, "h2h_home_ppg")).isCloseTo(4 / 3.0, within(1e-12));
    assertThat(value(headToHead, burnleyHome, "h2h_home_goal_difference")).isCloseTo(1 / 3.0, within(1e-12));
  }

  @Test
  void onlyTheLastSixMeetingsCount() {
    MiniTimeline timeline = new MiniTimeline().played("2015-08-08", "Arsenal", "Burnley", 4, 0);
    for (int year = 2016; year <= 2021; year++) {
      timeline.played(year + "-08-08", "Burnley", "Arsenal", 0, 0);
    }
    HeadToHeadFeatures headToHead = timeline.learnAll(new HeadToHeadFeatures());
    UpcomingMatch next = upcoming("2022-08-08", "Arsenal", "Burnley");
    assertThat(value(headToHead, next, "h2h_meetings")).isEqualTo(6);
    assertThat(value(headToHead, next, "h2h_draw_rate")).isEqualTo(1);
    assertThat(value(headToHead, next, "h2h_home_goal_difference")).isZero();
  }

  @Test
  void clubsThatNeverMetHaveNoMeetingsAndNaNRates() {
    HeadToHeadFeatures headToHead = MEETINGS.learnAll(new HeadToHeadFeatures());
    UpcomingMatch firstMeeting = upcoming("2023-08-12", "Burnley", "Chelsea");
    assertThat(value(headToHead, firstMeeting, "h2h_meetings")).isZero();
    assertThat(value(headToHead, firstMeeting, "h2h_home_ppg")).isNaN();
    assertThat(value(headToHead, firstMeeting, "h2h_home_goal_difference")).isNaN();
    assertThat(value(headToHead, firstMeeting, "h2h_draw_rate")).isNaN();
  }
}
