package com.matchcast.loadtest;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one measured load came to: answered requests, failures, throughput over the measured time,
 * and latency percentiles in milliseconds, rounded to 0.1 ms. HdrHistogram keeps three significant
 * digits and reports a bucket by its highest value: below about 100 ms the rounding sets the
 * precision, above it the histogram's 0.1% (1.21 s shows as 1210.4 ms).
 *
 * @param requests answered with success (the latencies recorded)
 * @param errors   failed: a status other than 200, a broken connection, a subscriber never served
 */
public record LatencySummary(long requests, long errors, double seconds, double throughput, double p50Millis,
    double p99Millis, double maxMillis) {

  /** A histogram of latencies in microseconds, as {@link HttpLoad} and {@link SubscriberFanOut} record them. */
  public static Histogram microsecondHistogram() {
    return new Histogram(3);
  }

  public static LatencySummary of(Histogram microseconds, long errors, Duration measured) {
    double seconds = measured.toNanos() / 1e9;
    long requests = microseconds.getTotalCount();
    return new LatencySummary(requests, errors, seconds, seconds == 0 ? 0 : requests / seconds,
        millis(microseconds, 50), millis(microseconds, 99), requests == 0 ? 0 : tenths(microseconds.getMaxValue()));
  }

  private static double millis(Histogram microseconds, double percentile) {
    return microseconds.getTotalCount() == 0 ? 0 : tenths(microseconds.getValueAtPercentile(percentile));
  }

  private static double tenths(long microseconds) {
    return Math.round(microseconds / 100.0) / 10.0;
  }

  /** This load's throughput as a share of another's (the floor's), in percent. */
  public double percentOf(LatencySummary floor) {
    return floor.throughput() == 0 ? 0 : 100.0 * throughput / floor.throughput();
  }
}
