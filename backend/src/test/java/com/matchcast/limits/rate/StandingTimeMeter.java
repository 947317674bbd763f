package com.matchcast.limits.rate;

import io.github.bucket4j.TimeMeter;

/** Bucket4j's clock, stopped at the moment the test began: no bucket refills while a test runs. */
final class StandingTimeMeter implements TimeMeter {

  private final long now = System.currentTimeMillis() * 1_000_000L;

  @Override
  public long currentTimeNanos() {
    return now;
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
