package com.matchcast.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImpliedProbabilitiesTest {

  private static final double[][] BOOKS = {
      {2.0, 3.5, 4.0}, {1.25, 6.5, 13.0}, {2.6, 2.4, 4.3}, {1.5, 2.74}, {1.91, 1.91}, {1.02, 21.0, 41.0},
      // Market maximum: best prices across bookmakers can add up to less than 100%.
      {2.2, 3.9, 4.4}};

  @Test
  void multiplicativeDividesEachImpliedProbabilityByTheBookSum() {
    ImpliedProbabilities implied = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.0, 3.5, 4.0);

    // 1/2 + 1/3.5 + 1/4 = 0.5 + 0.2857143 + 0.25 = 1.0357143
    assertThat(implied.overround()).isCloseTo(1.0357142857, within(1e-9));
    assertThat(implied.margin()).isCloseTo(0.0357142857, within(1e-9));
    assertThat(implied.probabilities()).containsExactly(new double[] {0.4827586, 0.2758621, 0.2413793}, within(1e-7));
    assertThat(implied.shinZ()).isNaN();
  }

  @Test
  void additiveTakesTheSameShareOfTheMarginOffEveryOutcome() {
    ImpliedProbabilities implied = ImpliedProbabilities.of(DemarginMethod.ADDITIVE, 2.0, 3.5, 4.0);

    // margin 0.0357143 / 3 = 0.0119048 off each of 0.5, 0.2857143, 0.25
    assertThat(implied.probabilities()).containsExactly(new double[] {0.4880952, 0.2738095, 0.2380952}, within(1e-7));
  }

  /**
   * Worked example of the Python package "shin" by M. Berk (github.com/mberk/shin, README and
   * tests/test_shin.py), which implements Shin (1993) as described by Štrumbelj (2014,
   * International Journal of Forecasting 30, 934-943): prices 2.6 / 2.4 / 4.3 give
   * 0.3729941 / 0.4047794 / 0.2222265 with z = 0.01694251.
   */
  @Test
  void shinReproducesThePublishedWorkedExample() {
    ImpliedProbabilities implied = ImpliedProbabilities.of(DemarginMethod.SHIN, 2.6, 2.4, 4.3);

    assertThat(implied.probabilities()).containsExactly(new double[] {0.3729941, 0.4047794, 0.2222265}, within(1e-7));
    assertThat(implied.shinZ()).isCloseTo(0.01694251, within(1e-8));
  }

  /**
   * Same source, two outcomes: 1.5 / 2.74 give z = 0.03172728540646625, and with two outcomes
   * Shin's method equals the additive method (Clarke, Kovalchik and Ingram 2017).
   */
  @Test
  void shinWithTwoOutcomesEqualsTheAdditiveMethod() {
    ImpliedProbabilities shin = ImpliedProbabilities.of(DemarginMethod.SHIN, 1.5, 2.74);
    ImpliedProbabilities additive = ImpliedProbabilities.of(DemarginMethod.ADDITIVE, 1.5, 2.74);

    assertThat(shin.shinZ()).isCloseTo(0.03172728540646625, within(1e-10));
    assertThat(shin.probabilities()).containsExactly(additive.probabilities(), within(1e-12));
    assertThat(shin.probabilities()).containsExactly(new double[] {0.6508515815085157, 0.3491484184914841},
        within(1e-12));
  }

  @Test
  void shinMovesProbabilityFromTheLongShotToTheFavourite() {
    double[] shin = ImpliedProbabilities.of(DemarginMethod.SHIN, 1.25, 6.5, 13.0).probabilities();
    double[] multiplicative = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 1.25, 6.5, 13.0).probabilities();

    assertThat(shin[0]).isGreaterThan(multiplicative[0]);
    assertThat(shin[2]).isLessThan(multiplicative[2]);
  }

  @Test
  void powerRaisesEveryImpliedProbabilityToOneExponent() {
    double[] prices = {1.25, 6.5, 13.0};
    double[] power = ImpliedProbabilities.of(DemarginMethod.POWER, prices).probabilities();

    // p_i = (1/price_i)^k for one k: ln p_i / ln(1/price_i) is the same for every outcome.
    double k = Math.log(power[0]) / Math.log(1 / prices[0]);
    for (int i = 1; i < prices.length; i++) {
      assertThat(Math.log(power[i]) / Math.log(1 / prices[i])).isCloseTo(k, within(1e-9));
    }
    assertThat(k).isGreaterThan(1);
  }

  @Test
  void everyMethodSumsToOneForThreeAndTwoWayBooks() {
    for (DemarginMethod method : DemarginMethod.values()) {
      for (double[] book : BOOKS) {
        ImpliedProbabilities implied = ImpliedProbabilities.of(method, book);
        assertThat(Arrays.stream(implied.probabilities()).sum()).as(method + " " + Arrays.toString(book))
            .isCloseTo(1.0, within(1e-12));
        assertThat(implied.outcomes()).isEqualTo(book.length);
      }
    }
  }

  @Test
  void shinHasNoInsiderShareInABookBelowOneHundredPercent() {
    ImpliedProbabilities shin = ImpliedProbabilities.of(DemarginMethod.SHIN, 2.2, 3.9, 4.4);

    assertThat(shin.margin()).isNegative();
    assertThat(shin.shinZ()).isZero();
    assertThat(shin.probabilities()).containsExactly(
        ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.2, 3.9, 4.4).probabilities(), within(1e-15));
  }

  @Test
  void rejectsImpossibleBooks() {
    assertThatThrownBy(() -> ImpliedProbabilities.of(DemarginMethod.SHIN, 2.0)).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> ImpliedProbabilities.of(DemarginMethod.POWER, 1.0, 3.0, 4.0)).isInstanceOf(
        IllegalArgumentException.class);
    assertThatThrownBy(() -> ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.0, Double.NaN)).isInstanceOf(
        IllegalArgumentException.class);
  }

  @Test
  void resultCannotBeChangedThroughItsArray() {
    ImpliedProbabilities implied = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.0, 3.5, 4.0);
    implied.probabilities()[0] = 0.9;

    assertThat(implied.probability(0)).isCloseTo(0.4827586, within(1e-7));
  }
}
