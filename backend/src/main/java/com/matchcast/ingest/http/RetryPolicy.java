package com.matchcast.ingest.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Retries what another attempt can fix (5xx, timeouts, broken connections, 429) with
 * exponential backoff and full jitter, or after the provider's Retry-After when it sent one.
 * The last failure is re-thrown saying how many attempts were made.
 */
public class RetryPolicy {

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;

  public RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    this.maxAttempts = Math.max(1, maxAttempts);
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
  }

  public static RetryPolicy of(SourceSettings settings) {
    return new RetryPolicy(settings.getMaxAttempts(), settings.getInitialBackoff(), settings.getMaxBackoff(),
        settings.getMaxRetryAfter());
  }

  public Retry toRetry() {
    return Retry.from(signals -> signals.concatMap(signal -> {
      int attempt = (int) signal.totalRetries() + 1;
      Throwable failure = signal.failure();
      if (!(failure instanceof SourceFetchException fetch)) {
        return Mono.error(failure);
      }
      if (!fetch.kind().isRetryable() || attempt >= maxAttempts || waitsTooLong(fetch)) {
        return Mono.error(fetch.afterAttempts(attempt));
      }
      return Mono.delay(delayBefore(attempt + 1, fetch));
    }));
  }

  private boolean waitsTooLong(SourceFetchException fetch) {
    return fetch.retryAfter() != null && fetch.retryAfter().compareTo(maxRetryAfter) > 0;
  }

  /** The wait before the given attempt (2 for the first retry). */
  Duration delayBefore(int attempt, SourceFetchException fetch) {
    if (fetch.retryAfter() != null) {
      return fetch.retryAfter();
    }
    long ceiling = initialBackoff.toMillis() << Math.min(attempt - 2, 20);
    long capped = Math.min(ceiling, maxBackoff.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }
}
