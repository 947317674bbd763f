package com.matchcast.events;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this instance's events reach the others right now. Losing Redis is logged once when it
 * happens and once when it ends, not once per event; health shows the state in between.
 */
public class RedisLink {

  private static final Logger log = LoggerFactory.getLogger(RedisLink.class);

  /** Since when events stay local, with the failure that started it; null while Redis answers. */
  private final AtomicReference<Lost> lost = new AtomicReference<>();
  private final Clock clock;

  public RedisLink(Clock clock) {
    this.clock = clock;
  }

  public record Lost(Instant since, String reason) {}

  void failed(String what, Throwable error) {
    Lost now = new Lost(clock.instant(), what + ": " + error);
    if (lost.compareAndSet(null, now)) {
      log.warn("Redis unreachable ({}); events are delivered on this instance and held for the others until it"
          + " answers again", now.reason());
    }
  }

  /** True when Redis answers after it did not: what was held back can go now. */
  boolean answered() {
    Lost was = lost.getAndSet(null);
    if (was != null) {
      log.info("Redis answers again; events are shared with the other instances (local only since {})", was.since());
    }
    return was != null;
  }

  /** Empty while events are shared. */
  public java.util.Optional<Lost> lost() {
    return java.util.Optional.ofNullable(lost.get());
  }
}
