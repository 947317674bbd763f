package com.matchcast.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

  @Test
  void aThreeWayCoinTossHasNoConfidence() {
    double third = 1.0 / 3;
    assertThat(Confidence.of(new double[] {third, third, third}, List.of())).isCloseTo(0, within(1e-12));
  }

  @Test
  void sharpnessTimesAgreementWorkedByHand() {
    double[] forecast = {0.6, 0.25, 0.15};
    // entropy = -(0.6 ln 0.6 + 0.25 ln 0.25 + 0.15 ln 0.15) = 0.30650 + 0.34657 + 0.28457 = 0.93764
    // sharpness = 1 - 0.93764 / ln 3 = 1 - 0.85347 = 0.14653
    // the members: (0.7, 0.2, 0.1) is 0.1 away (half of 0.1 + 0.05 + 0.05 = 0.2), (0.55, 0.3, 0.15) 0.05 away
    double confidence = Confidence.of(forecast, List.of(new double[] {0.7, 0.2, 0.1}, new double[] {0.55, 0.3, 0.15}));
    assertThat(confidence).isCloseTo(0.14653 * 0.9, within(1e-5));
  }

  @Test
  void aSharperForecastAgreedOnIsMoreConfident() {
    double[] sharp = {0.8, 0.15, 0.05};
    double agreed = Confidence.of(sharp, List.of(sharp, sharp));
    double disputed = Confidence.of(sharp, List.of(new double[] {0.5, 0.3, 0.2}, sharp));
    assertThat(agreed).isCloseTo(Confidence.sharpness(sharp), within(1e-12));
    assertThat(disputed).isCloseTo(Confidence.sharpness(sharp) * 0.7, within(1e-12));
  }
}
