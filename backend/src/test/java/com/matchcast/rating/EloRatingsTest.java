package com.matchcast.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EloRatingsTest {

  private static final LocalDate FIRST = LocalDate.of(2020, 8, 1);
  private static final LocalDate SECOND = LocalDate.of(2020, 8, 8);

  /**
   * Defaults: start 1500, home advantage 70, K 10, World Football Elo margin.
   * A 2-0 B at A: d = 1500 + 70 - 1500 = 70; E = 1 / (1 + 10^(-70/400)) = 0.599396796709257;
   * G(2 goals) = 1.5; delta = 10 * 1.5 * (1 - 0.599396796709257) = 6.009048049361148.
   */
  @Test
  void homeWinByTwoMovesBothClubsByKTimesMarginTimesSurprise() {
    EloRatings ratings = new EloRatings(EloParameters.defaults());
    assertThat(ratings.expectedHomeScore("A", "B")).isNaN();
    ratings.update(FIRST, "A", "B", 2, 0);
    assertThat(ratings.rating("A")).isCloseTo(1506.009048049361148, within(1e-9));
    assertThat(ratings.rating("B")).isCloseTo(1493.990951950638852, within(1e-9));
  }

  /**
   * Then B 1-1 A at B: d = 1493.990951950639 + 70 - 1506.009048049361 = 57.981903901277704;
   * E = 1 / (1 + 10^(-d/400)) = 0.582676554844579; G(draw) = 1;
   * delta = 10 * (0.5 - 0.582676554844579) = -0.826765548445788: the home draw costs B.
   */
  @Test
  void homeDrawCostsTheFavouritePoints() {
    EloRatings ratings = new EloRatings(EloParameters.defaults());
    ratings.update(FIRST, "A", "B", 2, 0);
    assertThat(ratings.expectedHomeScore("B", "A")).isCloseTo(0.582676554844579, within(1e-9));
    ratings.update(SECOND, "B", "A", 1, 1);
    assertThat(ratings.rating("B")).isCloseTo(1493.164186402193065, within(1e-9));
    assertThat(ratings.rating("A")).isCloseTo(1506.835813597806935, within(1e-9));
  }

  @Test
  void historyKeepsEveryRatingWithItsDate() {
    EloRatings ratings = new EloRatings(EloParameters.defaults());
    ratings.update(FIRST, "A", "B", 2, 0);
    ratings.update(SECOND, "B", "A", 1, 1);
    assertThat(ratings.history("A")).extracting(RatingPoint::date).containsExactly(FIRST, SECOND);
    assertThat(ratings.history("A").get(1).value()).isEqualTo(ratings.rating("A"));
    assertThat(ratings.history("Z")).isEmpty();
  }

  @Test
  void unknownClubHasNoRatingAndNewcomersEnterLower() {
    EloRatings ratings = new EloRatings(EloParameters.defaults());
    assertThat(ratings.rating("Z")).isNaN();
    ratings.enter("Promoted", true);
    ratings.enter("Founder", false);
    assertThat(ratings.rating("Promoted")).isEqualTo(1400.0);
    assertThat(ratings.rating("Founder")).isEqualTo(1500.0);
  }

  @Test
  void worldFootballEloMarginGrowsByAnEighthPerGoalBeyondThree() {
    GoalMarginMultiplier margin = GoalMarginMultiplier.WORLD_FOOTBALL_ELO;
    assertThat(margin.of(0)).isEqualTo(1.0);
    assertThat(margin.of(-1)).isEqualTo(1.0);
    assertThat(margin.of(2)).isEqualTo(1.5);
    assertThat(margin.of(-3)).isEqualTo(1.75);
    assertThat(margin.of(5)).isEqualTo(2.0);
  }

  @Test
  void outcomeProbabilitiesSumToOneAndFavourTheStrongerClub() {
    EloOutcomeProbabilities outcomes = EloOutcomeProbabilities.defaults();
    double[] even = outcomes.of(70);
    double[] favourite = outcomes.of(300);
    assertThat(even[0] + even[1] + even[2]).isCloseTo(1.0, within(1e-12));
    assertThat(favourite[0]).isGreaterThan(even[0]);
    assertThat(favourite[2]).isLessThan(even[2]);
    assertThat(outcomes.of(Double.NaN)).containsOnly(Double.NaN);
  }
}
