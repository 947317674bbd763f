package com.matchcast.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreGridTest {

  private static final ScoreGrid GRID =
      DixonColesFit.scoreGrid(new GoalExpectation(1.4, 1.1), -0.1, DixonColesFeatures.MAX_GOALS);

  @Test
  void massSumsToOneAndTheMarketsAgree() {
    double total = 0;
    for (int h = 0; h <= GRID.maxGoals(); h++) {
      for (int a = 0; a <= GRID.maxGoals(); a++) {
        total += GRID.probability(h, a);
      }
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(GRID.homeWin() + GRID.draw() + GRID.awayWin()).isCloseTo(1.0, within(1e-12));
    assertThat(GRID.over(2.5) + GRID.under(2.5)).isCloseTo(1.0, within(1e-12));
    double neitherBlank = 1 - sumRow(0) - sumColumn(0) + GRID.probability(0, 0);
    assertThat(GRID.bothTeamsScore()).isCloseTo(neitherBlank, within(1e-12));
  }

  /** tau keeps the goal expectations; only the mass beyond 10 goals (2.5e-7 here) shifts them. */
  @Test
  void goalExpectationsSurviveTheLowScoreCorrection() {
    assertThat(GRID.expectedHomeGoals()).isCloseTo(1.4, within(1e-5));
    assertThat(GRID.expectedAwayGoals()).isCloseTo(1.1, within(1e-5));
    assertThat(GRID.truncatedMass()).isBetween(0.0, 1e-6);
  }

  /**
   * A division's fitted rho of 0.3 is fine for its usual matches but would make tau(0,0) =
   * 1 - 2.5 * 1.8 * 0.3 = -0.35 for two high-scoring sides: the grid takes the admissible
   * boundary rho = 1 / (2.5 * 1.8), so 0-0 gets probability zero and nothing is negative.
   */
  @Test
  void aFittedRhoOutsideTheMatchsAdmissibleRangeIsClampedInsteadOfGivingNegativeScores() {
    ScoreGrid extreme = DixonColesFit.scoreGrid(new GoalExpectation(2.5, 1.8), 0.3, DixonColesFeatures.MAX_GOALS);

    assertThat(extreme.probability(0, 0)).isCloseTo(0.0, within(1e-15));
    assertThat(extreme.probability(1, 1)).isCloseTo(
        2.5 * Math.exp(-2.5) * 1.8 * Math.exp(-1.8) * (1 - 1 / 4.5) / (1 - extreme.truncatedMass()), within(1e-12));
    assertThat(extreme.homeWin() + extreme.draw() + extreme.awayWin()).isCloseTo(1.0, within(1e-12));
    assertThat(LowScoreCorrection.admissibleRho(-0.1, 1.4, 1.1)).as("inside the range: unchanged").isEqualTo(-0.1);
    assertThat(LowScoreCorrection.admissibleRho(-0.9, 2.0, 1.1)).isEqualTo(-0.5);
  }

  /** 0-0: e^-2.5 * tau(0,0) = e^-2.5 * (1 + 1.4 * 1.1 * 0.1) = 0.082085 * 1.154 = 0.0947261. */
  @Test
  void exactScoreIsPoissonTimesTau() {
    assertThat(GRID.probability(0, 0)).isCloseTo(Math.exp(-2.5) * 1.154, within(1e-7));
    assertThat(GRID.probability(2, 1)).isCloseTo(Math.exp(-2.5) * 1.4 * 1.4 / 2 * 1.1, within(1e-7));
    assertThat(GRID.probability(11, 0)).isZero();
    assertThat(GRID.probability(-1, 0)).isZero();
  }

  @Test
  void truncatedWeightsAreNormalisedExplicitly() {
    ScoreGrid grid = ScoreGrid.of(new double[][] {{0.3, 0.1}, {0.3, 0.1}});
    assertThat(grid.truncatedMass()).isCloseTo(0.2, within(1e-12));
    assertThat(grid.probability(1, 0)).isCloseTo(0.375, within(1e-12));
    assertThat(grid.homeWin()).isCloseTo(0.375, within(1e-12));
    assertThat(grid.draw()).isCloseTo(0.5, within(1e-12));
    assertThat(grid.over(1.5)).isCloseTo(0.125, within(1e-12));
    assertThatThrownBy(() -> ScoreGrid.of(new double[][] {{0.5, -0.1}, {0.3, 0.3}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double sumRow(int homeGoals) {
    double mass = 0;
    for (int a = 0; a <= GRID.maxGoals(); a++) {
      mass += GRID.probability(homeGoals, a);
    }
    return mass;
  }

  private static double sumColumn(int awayGoals) {
    double mass = 0;
    for (int h = 0; h <= GRID.maxGoals(); h++) {
      mass += GRID.probability(h, awayGoals);
    }
    return mass;
  }
}
