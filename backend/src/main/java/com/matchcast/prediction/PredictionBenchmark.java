package com.matchcast.prediction;

import com.matchcast.timeline.TimelineMatch;
import com.matchcast.model.registry.LoadedModel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what serving one forecast costs once the feature state is warm: describing the match
 * from the kept state, the ensemble's forecast, its goal markets and its explanation. The state is
 * advanced to a day and every match of the following week is forecast, over several rounds.
 */
public final class PredictionBenchmark {

  /** Latencies in milliseconds, and how long warming the state took. */
  public record Result(int forecasts, double warmUpSeconds, double p50, double p95, double p99, double max) {}

  public Result run(List<TimelineMatch> timeline, LoadedModel model, LocalDate day, int rounds) {
    Forecaster forecaster = new Forecaster();
    long warm = System.nanoTime();
    forecaster.advance(timeline, day);
    double warmUp = (System.nanoTime() - warm) / 1e9;
    List<TimelineMatch> week = timeline.stream()
        .filter(m -> !m.upcoming().date().isBefore(day) && m.upcoming().date().isBefore(day.plusDays(7))).toList();
    if (week.isEmpty()) {
      throw new IllegalArgumentException("no match in the week from " + day);
    }
    double[] millis = new double[week.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (TimelineMatch match : week) {
        long start = System.nanoTime();
        Prediction p = forecaster.predict(match.upcoming().index(), match.upcoming(), model, Instant.EPOCH);
        forecaster.explain(p, model);
        millis[n++] = (System.nanoTime() - start) / 1e6;
      }
    }
    // the first round warms the JIT and the division's goal-model fit; it is left out
    double[] measured = Arrays.copyOfRange(millis, week.size(), n);
    Arrays.sort(measured);
    return new Result(measured.length, warmUp, percentile(measured, 0.50), percentile(measured, 0.95),
        percentile(measured, 0.99), measured[measured.length - 1]);
  }

  private static double percentile(double[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
