package com.matchcast.serving;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time predictions are made at: the real one when live; when replaying, a simulated one that
 * starts at the replay's first day and runs {@code speed} times faster than the real clock.
 */
public final class MatchClock {

  private final Clock real;
  private volatile Instant realStart;
  private final Instant simulatedStart;
  private final double speed;

  private MatchClock(Clock real, Instant simulatedStart, double speed, Instant realStart) {
    this.real = real;
    this.realStart = realStart;
    this.simulatedStart = simulatedStart;
    this.speed = speed;
  }

  public static MatchClock live(Clock real) {
    return new MatchClock(real, null, 1, real.instant());
  }

  /** A replay clock standing at {@code from} until {@link #run()}: nothing is missed while the first model trains. */
  public static MatchClock replay(Clock real, Instant from, double speed) {
    return new MatchClock(real, from, speed, null);
  }

  /** Sets a replay going (a live clock always runs). */
  public void run() {
    if (realStart == null) {
      realStart = real.instant();
    }
  }

  public boolean isRunning() {
    return realStart != null;
  }

  public boolean isReplay() {
    return simulatedStart != null;
  }

  public Instant now() {
    if (simulatedStart == null) {
      return real.instant();
    }
    Instant started = realStart;
    if (started == null) {
      return simulatedStart;
    }
    long elapsedNanos = Duration.between(started, real.instant()).toNanos();
    return simulatedStart.plusNanos((long) (elapsedNanos * speed));
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now(), ZoneOffset.UTC);
  }

  /** The replay's first moment, or null when live. */
  public Instant replayStart() {
    return simulatedStart;
  }

  public double speed() {
    return speed;
  }
}
