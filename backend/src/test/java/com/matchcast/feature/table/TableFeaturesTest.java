package com.matchcast.feature.table;

import static com.matchcast.feature.MiniTimeline.describe;
import static com.matchcast.feature.MiniTimeline.upcoming;
import static com.matchcast.feature.MiniTimeline.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.MiniTimeline;
import com.matchcast.timeline.UpcomingMatch;
import org.junit.jupiter.api.Test;

class TableFeaturesTest {

  /** After two rounds: Arsenal 4 pts (+2), Burnley 3 (+1), Chelsea 2 (0), Derby 1 (-3). */
  private static final MiniTimeline TWO_ROUNDS = new MiniTimeline()
      .played("2023-08-12", "Arsenal", "Burnley", 2, 0)
      .played("2023-08-12", "Chelsea", "Derby", 1, 1)
      .played("2023-08-19", "Arsenal", "Chelsea", 1, 1)
      .played("2023-08-19", "Burnley", "Derby", 3, 0);
  private static final UpcomingMatch ARSENAL_DERBY = upcoming("2023-08-26", "Arsenal", "Derby");

  @Test
  void positionPointsAndGoalDifferenceAtKickOff() {
    TableFeatures table = TWO_ROUNDS.learnAll(new TableFeatures());
    assertThat(value(table, ARSENAL_DERBY, "home_table_position")).isEqualTo(1);
    assertThat(value(table, ARSENAL_DERBY, "home_table_points")).isEqualTo(4);
    assertThat(value(table, ARSENAL_DERBY, "home_table_goal_difference")).isEqualTo(2);
    assertThat(value(table, ARSENAL_DERBY, "home_table_ppg")).isEqualTo(2);
    assertThat(value(table, ARSENAL_DERBY, "home_games_played")).isEqualTo(2);
    assertThat(value(table, ARSENAL_DERBY, "away_table_position")).isEqualTo(4);
    assertThat(value(table, ARSENAL_DERBY, "away_table_points_behind_leader")).isEqualTo(3);
    assertThat(value(table, ARSENAL_DERBY, "diff_table_position")).isEqualTo(-3);
    assertThat(value(table, ARSENAL_DERBY, "diff_table_ppg")).isEqualTo(1.5);
  }

  @Test
  void firstSeasonProgressCountsTheClubsSeenSoFar() {
    TableFeatures table = TWO_ROUNDS.learnAll(new TableFeatures());
    assertThat(value(table, ARSENAL_DERBY, "season_progress")).isEqualTo(4 / 12.0);
  }

  @Test
  void clubsLevelOnEveryTieBreakShareAPosition() {
    TableFeatures table = new MiniTimeline()
        .played("2023-08-12", "Arsenal", "Burnley", 1, 0)
        .played("2023-08-12", "Chelsea", "Derby", 1, 0)
        .learnAll(new TableFeatures());
    UpcomingMatch leaders = upcoming("2023-08-19", "Arsenal", "Chelsea");
    assertThat(value(table, leaders, "home_table_position")).isEqualTo(1);
    assertThat(value(table, leaders, "away_table_position")).isEqualTo(1);
    assertThat(value(table, upcoming("2023-08-19", "Burnley", "Derby"), "home_table_position")).isEqualTo(3);
  }

  @Test
  void aNewSeasonStartsEmptyAndMeasuresProgressByLastSeasonsSize() {
    MiniTimeline timeline = new MiniTimeline();
    TWO_ROUNDS.matches().forEach(match -> timeline.played(match.date().minusYears(1).toString(),
        match.homeClub(), match.awayClub(), 1, 0));
    TableFeatures table = timeline.learnAll(new TableFeatures());
    double[] openingDay = describe(table, ARSENAL_DERBY);
    assertThat(openingDay[MiniTimeline.column(table, "home_table_position")]).isNaN();
    assertThat(openingDay[MiniTimeline.column(table, "home_table_points")]).isNaN();
    assertThat(openingDay[MiniTimeline.column(table, "home_games_played")]).isZero();
    assertThat(openingDay[MiniTimeline.column(table, "season_progress")]).isZero();
    table.learn(upcoming("2023-08-26", "Arsenal", "Derby"), MiniTimeline.score(0, 2));
    UpcomingMatch next = upcoming("2023-09-02", "Derby", "Chelsea");
    assertThat(value(table, next, "season_progress")).isEqualTo(1 / 12.0);
    assertThat(value(table, next, "home_table_points")).isEqualTo(3);
    assertThat(value(table, next, "away_table_position")).isNaN();
    assertThat(value(table, next, "diff_table_ppg")).isNaN();
  }

  @Test
  void eachDivisionHasItsOwnTable() {
    TableFeatures table = TWO_ROUNDS.learnAll(new TableFeatures());
    UpcomingMatch elsewhere = MiniTimeline.match(0, "E1", "2023-08-26", "Arsenal", "Derby");
    assertThat(value(table, elsewhere, "home_table_points")).isNaN();
    assertThat(value(table, elsewhere, "season_progress")).isNaN();
  }
}
