package com.matchcast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedBootstrapTest {

  private static double[] differences(int n) {
    SplittableRandom random = new SplittableRandom(7);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = random.nextGaussian() * 0.1 + 0.01;
    }
    return values;
  }

  @Test
  void intervalContainsThePointEstimate() {
    double[] values = differences(500);
    PairedDifference difference = new PairedBootstrap(1000, 42).intervals("all", values)[0];

    assertThat(difference.contains(difference.mean())).isTrue();
    assertThat(difference.lower()).isLessThan(difference.upper());
    // The standard error of a mean of 500 draws with sd 0.1 is 0.0045: the interval is about +-0.009.
    assertThat(difference.upper() - difference.lower()).isBetween(0.012, 0.024);
  }

  @Test
  void theSameSeedAndKeyGiveTheSameInterval() {
    double[] values = differences(300);

    assertThat(new PairedBootstrap(1000, 42).intervals("E0", values))
        .containsExactly(new PairedBootstrap(1000, 42).intervals("E0", values));
    assertThat(new PairedBootstrap(1000, 43).intervals("E0", values)[0])
        .isNotEqualTo(new PairedBootstrap(1000, 42).intervals("E0", values)[0]);
  }

  @Test
  void seriesShareTheirDraws() {
    double[] values = differences(200);
    double[] doubled = values.clone();
    for (int i = 0; i < doubled.length; i++) {
      doubled[i] *= 2;
    }
    PairedDifference[] intervals = new PairedBootstrap(500, 1).intervals("all", values, doubled);

    assertThat(intervals[1].lower()).isEqualTo(2 * intervals[0].lower());
    assertThat(intervals[1].upper()).isEqualTo(2 * intervals[0].upper());
  }

  @Test
  void noDifferenceGivesAnIntervalOfZero() {
    PairedDifference difference = new PairedBootstrap(1000, 42).intervals("all", new double[50])[0];

    assertThat(difference).isEqualTo(new PairedDifference(0, 0, 0));
    assertThat(difference.contains(0)).isTrue();
  }
}
