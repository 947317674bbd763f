package com.matchcast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PiRatingsTest {

  private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
  private static final LocalDate SECOND = LocalDate.of(2020, 8, 8);

  /**
   * Paper's values lambda 0.035, gamma 0.7, b 10, c 3. A 2-0 B, all ratings 0:
   * gD^ = 0, e = |2 - 0| = 2, psi = 3 * log10(3) = 1.431363764158987, positive for A (did
   * better than expected). R_H(A) = 0.035 * psi = 0.050097731745565,
   * R_A(A) = 0.050097731745565 * 0.7 = 0.035068412221895; B gets the negatives, away first.
   */
  @Test
  void surpriseHomeWinRaisesTheWinnersHomeRatingAndSomeOfItsAwayRating() {
    PiRatings ratings = new PiRatings(PiParameters.defaults());
    ratings.update(FIRST, "A", "B", 2, 0);
    assertThat(ratings.homeRating("A")).isCloseTo(0.050097731745565, within(1e-9));
    assertThat(ratings.awayRating("A")).isCloseTo(0.035068412221895, within(1e-9));
    assertThat(ratings.awayRating("B")).isCloseTo(-0.050097731745565, within(1e-9));
    assertThat(ratings.homeRating("B")).isCloseTo(-0.035068412221895, within(1e-9));
  }

  /**
   * Then B 1-1 A at B. g(R_H(B)) = -(10^(0.035068412221895/3) - 1) = -0.027281508594134,
   * g(R_A(A)) = +0.027281508594134, so gD^ = -0.054563017188268; gD = 0, e = 0.054563017188268,
   * psi = 3 * log10(1.054563017188268) = 0.069217610546295, positive for B (did better).
   * R_H(B) = -0.035068412221895 + 0.035 * psi = -0.032645795852775;
   * R_A(B) = -0.050097731745565 + 0.035 * psi * 0.7 = -0.048401900287180;
   * R_A(A) = 0.035068412221895 - 0.035 * psi = 0.032645795852775;
   * R_H(A) = 0.050097731745565 - 0.035 * psi * 0.7 = 0.048401900287180.
   */
  @Test
  void secondMatchWorksFromTheGroundSpecificRatings() {
    PiRatings ratings = new PiRatings(PiParameters.defaults());
    ratings.update(FIRST, "A", "B", 2, 0);
    assertThat(ratings.expectedGoalDifference("B", "A")).isCloseTo(-0.054563017188268, within(1e-9));
    ratings.update(SECOND, "B", "A", 1, 1);
    assertThat(ratings.homeRating("B")).isCloseTo(-0.032645795852775, within(1e-9));
    assertThat(ratings.awayRating("B")).isCloseTo(-0.048401900287180, within(1e-9));
    assertThat(ratings.awayRating("A")).isCloseTo(0.032645795852775, within(1e-9));
    assertThat(ratings.homeRating("A")).isCloseTo(0.048401900287180, within(1e-9));
  }

  @Test
  void ratingOfThreeIsNineGoalsBetterThanAverage() {
    PiRatings ratings = new PiRatings(PiParameters.defaults());
    assertThat(ratings.goalDifferenceAgainstAverage(3.0)).isCloseTo(9.0, within(1e-12));
    assertThat(ratings.goalDifferenceAgainstAverage(-3.0)).isCloseTo(-9.0, within(1e-12));
    assertThat(ratings.goalDifferenceAgainstAverage(0.0)).isZero();
  }

  @Test
  void historyTracksBothGroundsAndUnknownClubsAreNaN() {
    PiRatings ratings = new PiRatings(PiParameters.defaults());
    ratings.update(FIRST, "A", "B", 2, 0);
    ratings.update(SECOND, "B", "A", 1, 1);
    assertThat(ratings.homeHistory("A")).extracting(RatingPoint::date).containsExactly(FIRST, SECOND);
    assertThat(ratings.awayHistory("A").get(1).value()).isEqualTo(ratings.awayRating("A"));
    assertThat(ratings.homeRating("Z")).isNaN();
    assertThat(ratings.expectedGoalDifference("A", "Z")).isNaN();
  }
}
