package com.matchcast.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreGridParametersTest {

  @Test
  void theKeptParametersDrawTheFittedGridCellForCell() {
    ScoreGrid fitted = AnchoredScoreGrid.fit(0.47, 0.28, 0.51, 1.5, 1.1);
    ScoreGridParameters kept = AnchoredScoreGrid.fitParameters(0.47, 0.28, 0.51, 1.5, 1.1);

    ScoreGrid drawn = kept.grid();

    assertThat(drawn.maxGoals()).isEqualTo(10);
    for (int h = 0; h <= 10; h++) {
      for (int a = 0; a <= 10; a++) {
        assertThat(drawn.probability(h, a)).as(h + "-" + a).isEqualTo(fitted.probability(h, a));
      }
    }
    assertThat(kept.rho()).isEqualTo(AnchoredScoreGrid.RHO);
  }

  @Test
  void theGridIsAFunctionOfItsFourNumbersAlone() {
    ScoreGridParameters kept = new ScoreGridParameters(1.7, 0.9, -0.05, 10);

    ScoreGrid grid = kept.grid();

    // the low-score corrected Poisson cell, worked by hand: P(1-1) = e^-1.7 1.7 e^-0.9 0.9 (1 - rho) / total
    ScoreGrid reference = AnchoredScoreGrid.grid(1.7, 0.9);
    assertThat(grid.probability(1, 1)).isEqualTo(reference.probability(1, 1));
    double unnormalised = Math.exp(-1.7) * 1.7 * Math.exp(-0.9) * 0.9 * 1.05;
    assertThat(grid.probability(1, 1)).isCloseTo(unnormalised / (1 - grid.truncatedMass()),
        org.assertj.core.data.Offset.offset(1e-15));
    // a smaller grid from other numbers is another grid
    assertThat(new ScoreGridParameters(1.7, 0.9, -0.05, 6).grid().maxGoals()).isEqualTo(6);
    assertThat(new ScoreGridParameters(1.7, 0.9, 0.0, 10).grid().probability(0, 0))
        .isLessThan(grid.probability(0, 0));
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> new ScoreGridParameters(0, 1, -0.05, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreGridParameters(1, Double.NaN, -0.05, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreGridParameters(1, 1, -0.05, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
