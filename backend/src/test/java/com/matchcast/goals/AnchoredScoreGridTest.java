package com.matchcast.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class AnchoredScoreGridTest {

  @Test
  void recoversTheGoalExpectationsBehindAGridFromItsMarkets() {
    ScoreGrid truth = AnchoredScoreGrid.grid(1.7, 0.9);

    ScoreGrid fitted = AnchoredScoreGrid.fit(truth.homeWin(), truth.awayWin(), truth.over(2.5), 1.2, 1.2);

    assertThat(fitted.expectedHomeGoals()).isCloseTo(truth.expectedHomeGoals(), offset(1e-4));
    assertThat(fitted.expectedAwayGoals()).isCloseTo(truth.expectedAwayGoals(), offset(1e-4));
    assertThat(fitted.homeWin()).isCloseTo(truth.homeWin(), offset(1e-6));
  }

  @Test
  void inconsistentTargetsGiveTheClosestGridWhoseMarketsStillAgree() {
    ScoreGrid grid = AnchoredScoreGrid.fit(0.50, 0.25, 0.70, Double.NaN, Double.NaN);

    assertThat(grid.homeWin() + grid.draw() + grid.awayWin()).isCloseTo(1.0, offset(1e-12));
    assertThat(grid.over(2.5) + grid.under(2.5)).isCloseTo(1.0, offset(1e-12));
    assertThat(grid.homeWin()).isCloseTo(0.50, offset(0.03));
    assertThat(grid.over(2.5)).isCloseTo(0.70, offset(0.05));
    assertThat(grid.expectedHomeGoals()).isGreaterThan(grid.expectedAwayGoals());
  }
}
