package com.matchcast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.ledger.ConfidenceRank.Scored;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceRankTest {

  /** Ten scored forecasts of confidence 0.01 to 0.10, given out of order; every third one missed. */
  static List<Scored> ten() {
    List<Scored> scored = new ArrayList<>();
    for (int i : new int[] {7, 2, 9, 4, 1, 10, 5, 3, 8, 6}) {
      scored.add(new Scored(i / 100.0, i % 3 != 0, i / 1000.0));
    }
    return scored;
  }

  @Test
  void ranksAmongTheScoredAndGivesTheRecordOfItsFifth() {
    ConfidenceRank rank = ConfidenceRank.of(0.075, ten());

    assertThat(rank.forecasts()).isEqualTo(10);
    assertThat(rank.below()).isEqualTo(0.7);
    // fifths of two: {0.01, 0.02} {0.03, 0.04} {0.05, 0.06} {0.07, 0.08} {0.09, 0.10}
    assertThat(rank.fifth()).isEqualTo(4);
    assertThat(rank.lower()).isEqualTo(0.07);
    assertThat(rank.upper()).isEqualTo(0.08);
    assertThat(rank.matches()).isEqualTo(2);
    assertThat(rank.accuracy()).isEqualTo(1.0);
    assertThat(rank.meanRps()).isCloseTo((0.007 + 0.008) / 2, within(1e-15));
  }

  @Test
  void theEndsAndTiesFallInTheFirstAndLastFifths() {
    ConfidenceRank least = ConfidenceRank.of(0.0, ten());
    assertThat(least.below()).isEqualTo(0.0);
    assertThat(least.fifth()).isEqualTo(1);
    assertThat(least.lower()).isEqualTo(0.01);
    assertThat(least.upper()).isEqualTo(0.02);

    ConfidenceRank most = ConfidenceRank.of(0.5, ten());
    assertThat(most.below()).isEqualTo(1.0);
    assertThat(most.fifth()).isEqualTo(5);
    // 0.09 (9 % 3 == 0) missed, 0.10 happened
    assertThat(most.accuracy()).isEqualTo(0.5);
    assertThat(most.meanRps()).isCloseTo(0.0095, within(1e-15));

    // equal to a fifth's least confident member: in that fifth, and not above itself
    ConfidenceRank tie = ConfidenceRank.of(0.03, ten());
    assertThat(tie.below()).isEqualTo(0.2);
    assertThat(tie.fifth()).isEqualTo(2);
    // 0.03 missed, 0.04 happened
    assertThat(tie.accuracy()).isEqualTo(0.5);
  }

  @Test
  void unevenCountsCutIntoFifthsOfNearlyEqualSize() {
    List<Scored> seven = ten().subList(0, 7); // 0.07 0.02 0.09 0.04 0.01 0.10 0.05
    // sorted 0.01 0.02 0.04 0.05 0.07 0.09 0.10; fifths start at ranks 0, 1, 2, 4, 5
    ConfidenceRank rank = ConfidenceRank.of(0.06, seven);
    assertThat(rank.below()).isCloseTo(4 / 7.0, within(1e-15));
    assertThat(rank.fifth()).isEqualTo(3);
    assertThat(rank.lower()).isEqualTo(0.04);
    assertThat(rank.upper()).isEqualTo(0.05);
    assertThat(rank.matches()).isEqualTo(2);
  }

  @Test
  void withTooFewScoredThereIsARankButNoFifthAndWithNoneNothing() {
    ConfidenceRank few = ConfidenceRank.of(0.025, ten().subList(0, 4)); // 0.07 0.02 0.09 0.04
    assertThat(few).isEqualTo(new ConfidenceRank(4, 0.25, null, null, null, 0, null, null));

    assertThat(ConfidenceRank.of(0.025, List.of()))
        .isEqualTo(new ConfidenceRank(0, null, null, null, null, 0, null, null));
  }
}
