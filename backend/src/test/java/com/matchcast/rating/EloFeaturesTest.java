package com.matchcast.rating;

import static com.matchcast.rating.MatchFixtures.describe;
import static com.matchcast.rating.MatchFixtures.learn;
import static com.matchcast.rating.MatchFixtures.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EloFeaturesTest {

  private static final LocalDate DAY = LocalDate.of(2020, 9, 1);

  private static void learnHistory(EloFeatures source) {
    learn(source, "E0", DAY.minusDays(14), "Arsenal", "Chelsea", 2, 0);
    learn(source, "E0", DAY.minusDays(7), "Chelsea", "Leeds", 1, 1);
  }

  @Test
  void describeDependsOnlyOnEarlierLearns() {
    UpcomingMatch next = match("E0", DAY, "Leeds", "Arsenal");
    EloFeatures first = new EloFeatures();
    learnHistory(first);
    double[] before = describe(first, next);

    EloFeatures second = new EloFeatures();
    learnHistory(second);
    describe(second, match("E0", DAY, "Chelsea", "Arsenal"));
    double[] described = describe(second, next);
    double[] copy = described.clone();
    learn(second, "E0", DAY, "Leeds", "Arsenal", 5, 0);
    learn(second, "E0", DAY.plusDays(3), "Arsenal", "Chelsea", 0, 4);

    assertThat(described).containsExactly(before).containsExactly(copy);
  }

  @Test
  void writesAtTheOffsetAndDefinesEveryColumn() {
    EloFeatures source = new EloFeatures();
    learnHistory(source);
    double[] out = describe(source, match("E0", DAY, "Leeds", "Arsenal"));
    assertThat(out[0]).isZero();
    assertThat(out[out.length - 1]).isZero();
    assertThat(out[3]).isCloseTo(out[1] + 70 - out[2], within(1e-9));
    assertThat(out[5] + out[6] + out[7]).isCloseTo(1.0, within(1e-12));
    assertThat(source.definitions()).extracting(d -> d.name()).containsExactly("home_elo", "away_elo", "elo_diff",
        "elo_expected_home", "elo_p_home", "elo_p_draw", "elo_p_away");
  }

  @Test
  void clubNeverSeenIsNaNNotZero() {
    EloFeatures source = new EloFeatures();
    learnHistory(source);
    double[] out = describe(source, match("E0", DAY, "Arsenal", "Brentford"));
    assertThat(out[1]).isGreaterThan(1500);
    for (int column = 2; column <= 7; column++) {
      assertThat(out[column]).as("column %d", column).isNaN();
    }
  }

  @Test
  void clubArrivingAfterTheOpeningSeasonEntersAsNewcomer() {
    EloFeatures source = new EloFeatures();
    learn(source, "E0", DAY, "Arsenal", "Chelsea", 1, 1);
    learn(source, "E0", DAY.plusYears(1), "Brentford", "Chelsea", 0, 0);
    learn(source, "E1", DAY.plusYears(1), "Leeds", "Stoke", 0, 0);
    assertThat(source.ratings().history("Brentford").get(0).value()).isCloseTo(1400, within(5.0));
    assertThat(source.ratings().rating("Leeds")).isCloseTo(1500, within(5.0));
  }
}
