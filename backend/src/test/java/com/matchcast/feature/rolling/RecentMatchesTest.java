package com.matchcast.feature.rolling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RecentMatchesTest {

  @Test
  void averagesTheNewestMatchesAndForgetsTheOldestWhenFull() {
    RecentMatches recent = new RecentMatches(3, 1);
    for (double value : new double[] {9, 1, 2, 3}) {
      recent.add(new double[] {value});
    }
    assertThat(recent.size()).isEqualTo(3);
    assertThat(recent.value(0, 0)).isEqualTo(3);
    assertThat(recent.mean(0, 2)).isEqualTo(2.5);
    assertThat(recent.mean(0, 10)).isEqualTo(2.0);
  }

  @Test
  void aMissingValueIsSkippedNotCountedAsZero() {
    RecentMatches recent = new RecentMatches(5, 2);
    recent.add(new double[] {1, 4});
    recent.add(new double[] {2, Double.NaN});
    assertThat(recent.mean(1, 5)).isEqualTo(4);
    assertThat(recent.mean(1, 1)).isNaN();
    assertThat(new RecentMatches(5, 2).mean(0, 5)).isNaN();
  }

  @Test
  void theWeightedAverageHalvesAMatchWeightAfterHalfLifeMatches() {
    ExponentialAverage average = new ExponentialAverage(2);
    assertThat(average.value()).isNaN();
    average.add(4);
    assertThat(average.value()).isEqualTo(4);
    average.add(Double.NaN);
    average.add(0);
    // the 4 is two matches old: weight 0.5 against 1 for the 0; the missing match adds no weight
    assertThat(average.value()).isCloseTo(4 * 0.5 / 1.5, within(1e-12));
  }
}
