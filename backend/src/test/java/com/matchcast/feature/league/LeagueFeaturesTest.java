package com.matchcast.feature.league;

import static com.matchcast.feature.MiniTimeline.match;
import static com.matchcast.feature.MiniTimeline.score;
import static com.matchcast.feature.MiniTimeline.upcoming;
import static com.matchcast.feature.MiniTimeline.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.MiniTimeline;
import com.matchcast.timeline.UpcomingMatch;
import org.junit.jupiter.api.Test;

class LeagueFeaturesTest {

  /** 2020-21: one away win. 2021-22: home win, draw. 2022-23: home win 3-1, draw 0-0. */
  private static final MiniTimeline THREE_SEASONS = new MiniTimeline()
      .played("2021-05-01", "Arsenal", "Burnley", 0, 1)
      .played("2022-05-01", "Arsenal", "Burnley", 2, 0)
      .played("2022-05-01", "Chelsea", "Derby", 1, 1)
      .played("2023-05-01", "Arsenal", "Burnley", 3, 1)
      .played("2023-05-01", "Chelsea", "Derby", 0, 0);

  @Test
  void theTwoPreviousSeasonsTogether() {
    LeagueFeatures league = THREE_SEASONS.learnAll(new LeagueFeatures());
    UpcomingMatch opening = upcoming("2023-08-12", "Arsenal", "Chelsea");
    assertThat(value(league, opening, "league_home_win_rate_last2_seasons")).isEqualTo(0.5);
    assertThat(value(league, opening, "league_draw_rate_last2_seasons")).isEqualTo(0.5);
    assertThat(value(league, opening, "league_away_win_rate_last2_seasons")).isZero();
    assertThat(value(league, opening, "league_goals_per_match_last2_seasons")).isEqualTo(2.0);
    assertThat(value(league, opening, "league_home_goals_per_match_last2_seasons")).isEqualTo(1.5);
    assertThat(value(league, opening, "league_home_win_rate_this_season")).isNaN();
  }

  @Test
  void theCurrentSeasonSoFarLeavesTheTwoPreviousAlone() {
    LeagueFeatures league = THREE_SEASONS.learnAll(new LeagueFeatures());
    league.learn(upcoming("2023-08-12", "Arsenal", "Chelsea"), score(1, 2));
    UpcomingMatch next = upcoming("2023-08-19", "Burnley", "Derby");
    assertThat(value(league, next, "league_away_win_rate_this_season")).isEqualTo(1);
    assertThat(value(league, next, "league_goals_per_match_this_season")).isEqualTo(3);
    assertThat(value(league, next, "league_home_win_rate_last2_seasons")).isEqualTo(0.5);
  }

  @Test
  void eachDivisionKeepsItsOwnRatesAndAnUnseenOneIsNaN() {
    LeagueFeatures league = THREE_SEASONS.learnAll(new LeagueFeatures());
    league.learn(match(9, "E1", "2023-08-12", "Luton", "Hull"), score(0, 0));
    UpcomingMatch championship = match(10, "E1", "2023-08-19", "Hull", "Luton");
    assertThat(value(league, championship, "league_draw_rate_this_season")).isEqualTo(1);
    assertThat(value(league, championship, "league_draw_rate_last2_seasons")).isNaN();
    assertThat(value(league, match(11, "D1", "2023-08-19", "Bayern", "Koln"), "league_goals_per_match_this_season"))
        .isNaN();
  }
}
