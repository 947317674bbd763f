package com.matchcast.ingest.http;

import java.time.Clock;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * A token bucket of {@code requestsPerMinute} tokens refilled continuously. Acquiring never
 * blocks a thread: a caller without a token gets a delay until its token is due, and later
 * callers queue behind it (the bucket may go into debt).
 */
public class RateLimiter {

  private final Clock clock;
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long refilledAt;

  public RateLimiter(int requestsPerMinute, Clock clock) {
    if (requestsPerMinute <= 0) {
      throw new IllegalArgumentException("requests-per-minute must be positive, got " + requestsPerMinute);
    }
    this.clock = clock;
    this.capacity = requestsPerMinute;
    this.tokensPerNano = requestsPerMinute / (double) Duration.ofMinutes(1).toNanos();
    this.tokens = capacity;
    this.refilledAt = nanos();
  }

  /** Completes when the caller may send its request. */
  public Mono<Void> acquire() {
    Duration wait = reserve();
    return wait.isZero() ? Mono.empty() : Mono.delay(wait).then();
  }

  /** The provider said this minute's allowance is spent: the next call waits for a fresh token. */
  public synchronized void drain() {
    refill();
    tokens = Math.min(tokens, 0);
  }

  synchronized Duration reserve() {
    refill();
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / tokensPerNano));
  }

  private void refill() {
    long now = nanos();
    tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
    refilledAt = now;
  }

  private long nanos() {
    java.time.Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
