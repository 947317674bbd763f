package com.matchcast.rating;

import static com.matchcast.rating.MatchFixtures.describe;
import static com.matchcast.rating.MatchFixtures.learn;
import static com.matchcast.rating.MatchFixtures.match;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PiRatingFeaturesTest {

  private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

  private static void learnHistory(PiRatingFeatures source) {
    learn(source, "E0", DAY.minusDays(14), "Arsenal", "Chelsea", 2, 0);
    learn(source, "E0", DAY.minusDays(7), "Chelsea", "Leeds", 1, 1);
  }

  @Test
  void describeDependsOnlyOnEarlierLearns() {
    UpcomingMatch next = match("E0", DAY, "Leeds", "Arsenal");
    PiRatingFeatures first = new PiRatingFeatures();
    learnHistory(first);
    double[] before = describe(first, next);

    PiRatingFeatures second = new PiRatingFeatures();
    learnHistory(second);
    describe(second, match("E0", DAY, "Chelsea", "Arsenal"));
    double[] described = describe(second, next);
    double[] copy = described.clone();
    learn(second, "E0", DAY, "Leeds", "Arsenal", 5, 0);
    learn(second, "E0", DAY.plusDays(3), "Arsenal", "Chelsea", 0, 4);

    assertThat(described).containsExactly(before).containsExactly(copy);
  }

  @Test
  void columnsAreTheGroundRatingsAndTheirGoalDifference() {
    PiRatingFeatures source = new PiRatingFeatures();
    learnHistory(source);
    double[] out = describe(source, match("E0", DAY, "Arsenal", "Chelsea"));
    PiRatings ratings = source.ratings();
    assertThat(out).containsExactly(0.0, ratings.homeRating("Arsenal"), ratings.awayRating("Chelsea"),
        ratings.expectedGoalDifference("Arsenal", "Chelsea"), ratings.awayRating("Arsenal"),
        ratings.homeRating("Chelsea"), 0.0);
    assertThat(out[3]).isPositive();
  }

  @Test
  void clubNeverSeenIsNaNNotZero() {
    PiRatingFeatures source = new PiRatingFeatures();
    learnHistory(source);
    double[] out = describe(source, match("E0", DAY, "Brentford", "Arsenal"));
    assertThat(out[1]).isNaN();
    assertThat(out[3]).isNaN();
    assertThat(out[4]).isNaN();
    assertThat(out[2]).isPositive();
  }
}
