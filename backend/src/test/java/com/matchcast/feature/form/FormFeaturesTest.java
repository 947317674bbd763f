package com.matchcast.feature.form;

import static com.matchcast.feature.MiniTimeline.score;
import static com.matchcast.feature.MiniTimeline.upcoming;
import static com.matchcast.feature.MiniTimeline.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.feature.MiniTimeline;
import com.matchcast.timeline.UpcomingMatch;
import org.junit.jupiter.api.Test;

class FormFeaturesTest {

  /** Arsenal: home win 2-0, away draw 1-1, home loss 0-1, away win 3-0 (points 3, 1, 0, 3). */
  private static final MiniTimeline ARSENAL_AUGUST = new MiniTimeline()
      .played("2023-08-05", "Arsenal", "Burnley", 2, 0)
      .played("2023-08-12", "Chelsea", "Arsenal", 1, 1)
      .played("2023-08-19", "Arsenal", "Derby", 0, 1)
      .played("2023-08-26", "Everton", "Arsenal", 0, 3);
  private static final UpcomingMatch ARSENAL_BURNLEY = upcoming("2023-09-02", "Arsenal", "Burnley");

  @Test
  void pointsAndGoalsPerGameOverTheLastMatchesAtAnyVenue() {
    FormFeatures form = ARSENAL_AUGUST.learnAll(new FormFeatures());
    assertThat(value(form, ARSENAL_BURNLEY, "home_ppg_last3")).isCloseTo(4 / 3.0, within(1e-12));
    assertThat(value(form, ARSENAL_BURNLEY, "home_ppg_last5")).isEqualTo(7 / 4.0);
    assertThat(value(form, ARSENAL_BURNLEY, "home_goals_for_last3")).isCloseTo(4 / 3.0, within(1e-12));
    assertThat(value(form, ARSENAL_BURNLEY, "home_goals_against_last3")).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(value(form, ARSENAL_BURNLEY, "away_ppg_last3")).isZero();
    assertThat(value(form, ARSENAL_BURNLEY, "diff_ppg_last5")).isEqualTo(7 / 4.0);
  }

  @Test
  void venueFormCountsOnlyTheHomeTeamsHomeMatchesAndTheAwayTeamsAwayMatches() {
    FormFeatures form = ARSENAL_AUGUST.learnAll(new FormFeatures());
    assertThat(value(form, ARSENAL_BURNLEY, "home_ppg_venue_last3")).isEqualTo(1.5);
    assertThat(value(form, ARSENAL_BURNLEY, "home_goals_for_venue_last5")).isEqualTo(1.0);
    UpcomingMatch burnleyArsenal = upcoming("2023-09-02", "Burnley", "Arsenal");
    assertThat(value(form, burnleyArsenal, "away_ppg_venue_last3")).isEqualTo(2.0);
    assertThat(value(form, burnleyArsenal, "home_ppg_venue_last3")).isNaN();
  }

  @Test
  void weightedFormHalvesAMatchWeightEveryFiveMatches() {
    FormFeatures form = ARSENAL_AUGUST.learnAll(new FormFeatures());
    double q = Math.pow(0.5, 1 / 5.0);
    double expected = (3 * q * q * q + q * q + 0 * q + 3) / (q * q * q + q * q + q + 1);
    assertThat(value(form, ARSENAL_BURNLEY, "home_points_ewma")).isCloseTo(expected, within(1e-12));
    double goalDifference = (2 * q * q * q + 0 - 1 * q + 3) / (q * q * q + q * q + q + 1);
    assertThat(value(form, ARSENAL_BURNLEY, "home_goal_difference_ewma")).isCloseTo(goalDifference, within(1e-12));
  }

  @Test
  void statisticsAreAveragedOverTheMatchesThatHaveThemAndNaNWhenNoneDoes() {
    FormFeatures form = new MiniTimeline()
        .played("E0", "2023-08-05", "Arsenal", "Burnley", score(2, 0, 20, 6, 8, 2, 9, 3))
        .played("E0", "2023-08-12", "Chelsea", "Arsenal", score(1, 1))
        .played("E0", "2023-08-19", "Arsenal", "Derby", score(0, 1, 10, 12, 4, 5, 5, 4))
        .learnAll(new FormFeatures());
    assertThat(value(form, ARSENAL_BURNLEY, "home_shots_for_last3")).isEqualTo(15.0);
    assertThat(value(form, ARSENAL_BURNLEY, "home_shots_on_target_against_last3")).isEqualTo(3.5);
    assertThat(value(form, ARSENAL_BURNLEY, "home_corners_for_last10")).isEqualTo(7.0);
    assertThat(value(form, upcoming("2023-09-02", "Chelsea", "Burnley"), "home_shots_for_last10")).isNaN();
    assertThat(value(form, upcoming("2023-09-02", "Chelsea", "Burnley"), "home_shots_on_target_for_ewma")).isNaN();
  }

  @Test
  void aPromotedClubCarriesItsFormFromTheLowerDivision() {
    FormFeatures form = new MiniTimeline()
        .played("E1", "2023-04-29", "Luton", "Hull", score(3, 1))
        .played("E1", "2023-05-06", "Luton", "Blackpool", score(1, 1))
        .learnAll(new FormFeatures());
    assertThat(value(form, upcoming("2023-08-12", "Luton", "Arsenal"), "home_ppg_last5")).isEqualTo(2.0);
  }

  @Test
  void onlyTheLastTenMatchesCount() {
    MiniTimeline timeline = new MiniTimeline().played("2023-08-01", "Arsenal", "Burnley", 5, 0);
    for (int day = 2; day <= 11; day++) {
      timeline.played("2023-08-%02d".formatted(day), "Arsenal", "Club" + day, 0, 0);
    }
    FormFeatures form = timeline.learnAll(new FormFeatures());
    UpcomingMatch next = upcoming("2023-08-20", "Arsenal", "Burnley");
    assertThat(value(form, next, "home_ppg_last10")).isEqualTo(1.0);
    assertThat(value(form, next, "home_goals_for_last10")).isZero();
  }

  @Test
  void aClubWithoutMatchesHasNaNFormNotZero() {
    FormFeatures form = ARSENAL_AUGUST.learnAll(new FormFeatures());
    UpcomingMatch newcomer = upcoming("2023-09-02", "Arsenal", "Fulham");
    assertThat(value(form, newcomer, "away_ppg_last3")).isNaN();
    assertThat(value(form, newcomer, "away_points_ewma")).isNaN();
    assertThat(value(form, newcomer, "diff_points_ewma")).isNaN();
  }
}
