package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A factor's size in points is written exactly as String.format's %.1f wrote it before. */
class FactorWordingTest {

  @Test
  void oneDecimalIsWrittenAsPercentPointOneFWouldWriteIt() {
    assertThat(PredictionController.oneDecimal(3.25)).isEqualTo("3.3");
    assertThat(PredictionController.oneDecimal(0.15)).isEqualTo("0.2");
    assertThat(PredictionController.oneDecimal(0.04)).isEqualTo("0.0");
    assertThat(PredictionController.oneDecimal(12.0)).isEqualTo("12.0");
    assertThat(PredictionController.oneDecimal(1e-9)).isEqualTo("0.0");
    assertThat(PredictionController.oneDecimal(Double.NaN)).isEqualTo("NaN");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 200_000; i++) {
      // contributions in points, and values on the half-way marks of the last digit
      double value = i % 2 == 0 ? random.nextDouble(0, 40) : Math.round(random.nextDouble(0, 400)) / 10.0 + 0.05;
      assertThat(PredictionController.oneDecimal(value)).as("%s", value)
          .isEqualTo(String.format(Locale.ROOT, "%.1f", value));
    }
  }
}
