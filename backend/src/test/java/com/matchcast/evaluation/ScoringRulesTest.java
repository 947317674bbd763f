package com.matchcast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

  private static final int HOME = 0;
  private static final int DRAW = 1;
  private static final int AWAY = 2;
  private static final double THIRD = 1.0 / 3;

  @Test
  void rankedProbabilityScoreOfKnownVectors() {
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {1, 0, 0}, HOME)).isZero();
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {0, 0, 1}, HOME)).isEqualTo(1.0);
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {THIRD, THIRD, THIRD}, DRAW))
        .isCloseTo(1.0 / 9, within(1e-15));
  }

  @Test
  void rankedProbabilityScoreByHand() {
    // cumulative errors (0.5 - 1, 0.8 - 1) = (-0.5, -0.2): (0.25 + 0.04) / 2
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {0.5, 0.3, 0.2}, HOME)).isCloseTo(0.145, within(1e-15));
    // cumulative errors (0.5, 0.8): (0.25 + 0.64) / 2
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {0.5, 0.3, 0.2}, AWAY)).isCloseTo(0.445, within(1e-15));
    // cumulative errors (-0.1, 0): 0.01 / 2; the near-certain forecasts of the kind Constantinou
    // and Fenton (2012, Journal of Quantitative Analysis in Sports 8(1)) use to motivate RPS
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {0.9, 0.1, 0}, HOME)).isCloseTo(0.005, within(1e-15));
    // cumulative errors (-0.5, -0.25): (0.25 + 0.0625) / 2
    assertThat(ScoringRules.rankedProbabilityScore(new double[] {0.5, 0.25, 0.25}, HOME))
        .isCloseTo(0.15625, within(1e-15));
  }

  @Test
  void rankedProbabilityScoreFavoursTheNearMiss() {
    double[] homeFavourite = {0.6, 0.3, 0.1};

    assertThat(ScoringRules.rankedProbabilityScore(homeFavourite, DRAW))
        .isLessThan(ScoringRules.rankedProbabilityScore(homeFavourite, AWAY));
  }

  @Test
  void logLossIsTheNaturalLogOfTheOutcomeProbabilityClipped() {
    assertThat(ScoringRules.logLoss(new double[] {0.5, 0.3, 0.2}, DRAW)).isCloseTo(-Math.log(0.3), within(1e-15));
    assertThat(ScoringRules.logLoss(new double[] {THIRD, THIRD, THIRD}, AWAY)).isCloseTo(Math.log(3), within(1e-15));
    assertThat(ScoringRules.logLoss(new double[] {1, 0, 0}, AWAY)).isCloseTo(34.538776394910684, within(1e-12));
    assertThat(ScoringRules.logLoss(new double[] {1, 0, 0}, HOME)).isCloseTo(0, within(1e-14));
  }

  @Test
  void brierScoreSumsTheSquaredErrorsOverClasses() {
    assertThat(ScoringRules.brierScore(new double[] {0.5, 0.3, 0.2}, HOME)).isCloseTo(0.38, within(1e-15));
    assertThat(ScoringRules.brierScore(new double[] {THIRD, THIRD, THIRD}, DRAW)).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(ScoringRules.brierScore(new double[] {0, 0, 1}, HOME)).isEqualTo(2.0);
  }

  @Test
  void mostLikelyOutcomeBreaksTiesTowardsTheHomeSide() {
    assertThat(ScoringRules.mostLikely(new double[] {0.3, 0.3, 0.4})).isEqualTo(AWAY);
    assertThat(ScoringRules.mostLikely(new double[] {0.4, 0.2, 0.4})).isEqualTo(HOME);
    assertThat(ScoringRules.mostLikely(new double[] {0.3, 0.4, 0.3})).isEqualTo(DRAW);
  }

  @Test
  void binaryLogLossScoresYesAndNo() {
    assertThat(ScoringRules.binaryLogLoss(0.6, true)).isCloseTo(-Math.log(0.6), within(1e-15));
    assertThat(ScoringRules.binaryLogLoss(0.6, false)).isCloseTo(-Math.log(0.4), within(1e-15));
    assertThat(ScoringRules.binaryLogLoss(1.0, false)).isCloseTo(34.538776394910684, within(1e-9));
  }
}
