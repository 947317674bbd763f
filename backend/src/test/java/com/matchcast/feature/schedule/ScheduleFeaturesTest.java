package com.matchcast.feature.schedule;

import static com.matchcast.feature.MiniTimeline.match;
import static com.matchcast.feature.MiniTimeline.score;
import static com.matchcast.feature.MiniTimeline.upcoming;
import static com.matchcast.feature.MiniTimeline.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.MiniTimeline;
import com.matchcast.timeline.UpcomingMatch;
import org.junit.jupiter.api.Test;

class ScheduleFeaturesTest {

  @Test
  void restDaysSinceThePreviousMatchCappedAtSixty() {
    ScheduleFeatures schedule = new MiniTimeline()
        .played("2023-05-01", "Burnley", "Hull", 1, 0)
        .played("2023-08-12", "Arsenal", "Chelsea", 1, 0)
        .learnAll(new ScheduleFeatures());
    UpcomingMatch match = upcoming("2023-08-19", "Arsenal", "Burnley");
    assertThat(value(schedule, match, "home_rest_days")).isEqualTo(7);
    assertThat(value(schedule, match, "away_rest_days")).isEqualTo(60);
    assertThat(value(schedule, match, "diff_rest_days")).isEqualTo(-53);
    assertThat(value(schedule, upcoming("2023-08-19", "Fulham", "Arsenal"), "home_rest_days")).isNaN();
  }

  @Test
  void matchesInTheFourteenDaysBeforeTheDate() {
    ScheduleFeatures schedule = new MiniTimeline()
        .played("2023-08-01", "Arsenal", "Burnley", 1, 0)
        .played("2023-08-02", "Chelsea", "Arsenal", 1, 0)
        .played("2023-08-09", "Arsenal", "Derby", 1, 0)
        .played("2023-08-12", "Everton", "Arsenal", 1, 0)
        .learnAll(new ScheduleFeatures());
    UpcomingMatch match = upcoming("2023-08-16", "Arsenal", "Burnley");
    assertThat(value(schedule, match, "home_matches_last14_days")).isEqualTo(3);
    assertThat(value(schedule, match, "away_matches_last14_days")).isZero();
  }

  /** Luton come up from E1, Leeds go down from E0, Arsenal stay, Fulham are new to the data. */
  private static final MiniTimeline TWO_SEASONS = new MiniTimeline()
      .played("E0", "2023-05-20", "Arsenal", "Leeds", score(2, 1))
      .played("E1", "2023-05-20", "Luton", "Hull", score(2, 1))
      .played("E0", "2023-08-12", "Arsenal", "Luton", score(2, 1))
      .played("E1", "2023-08-12", "Leeds", "Fulham", score(2, 1));

  @Test
  void promotedAndRelegatedByTheDivisionOfTheLastMatchBeforeTheSeason() {
    ScheduleFeatures schedule = TWO_SEASONS.learnAll(new ScheduleFeatures());
    UpcomingMatch lutonArsenal = match(9, "E0", "2023-08-19", "Luton", "Arsenal");
    assertThat(value(schedule, lutonArsenal, "home_promoted")).isEqualTo(1);
    assertThat(value(schedule, lutonArsenal, "home_relegated")).isZero();
    assertThat(value(schedule, lutonArsenal, "away_promoted")).isZero();
    UpcomingMatch leedsHull = match(9, "E1", "2023-08-19", "Leeds", "Hull");
    assertThat(value(schedule, leedsHull, "home_relegated")).isEqualTo(1);
    assertThat(value(schedule, leedsHull, "home_promoted")).isZero();
  }

  @Test
  void aNewcomerHasNoPromotionFlagUntilItHasPlayedASeason() {
    ScheduleFeatures schedule = TWO_SEASONS.learnAll(new ScheduleFeatures());
    UpcomingMatch fulhamHull = match(9, "E1", "2023-08-19", "Fulham", "Hull");
    assertThat(value(schedule, fulhamHull, "home_newcomer")).isZero();
    assertThat(value(schedule, fulhamHull, "home_promoted")).isNaN();
    UpcomingMatch brentford = match(9, "E1", "2023-08-19", "Hull", "Brentford");
    assertThat(value(schedule, brentford, "away_newcomer")).isEqualTo(1);
    assertThat(value(schedule, brentford, "away_promoted")).isNaN();
  }

  @Test
  void divisionsOfDifferentCountriesAreNeverAPromotion() {
    ScheduleFeatures schedule = new MiniTimeline()
        .played("SP2", "2023-05-20", "Leganes", "Eibar", score(1, 0))
        .played("SC1", "2023-05-20", "Dundee", "Ayr", score(1, 0))
        .learnAll(new ScheduleFeatures());
    assertThat(value(schedule, match(9, "E0", "2023-08-12", "Leganes", "Dundee"), "home_promoted")).isZero();
    assertThat(value(schedule, match(9, "SC0", "2023-08-12", "Dundee", "Leganes"), "home_promoted")).isEqualTo(1);
    assertThat(value(schedule, match(9, "SP1", "2023-08-12", "Leganes", "Dundee"), "home_promoted")).isEqualTo(1);
  }
}
