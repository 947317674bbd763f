package com.matchcast.ingest.http;

import java.time.Duration;

/**
 * A provider call that did not give usable data, after whatever retries its kind allows. The
 * message names the source, the request (without its key) and what went wrong, so that it can
 * be recorded as the reason of a failed ingest run.
 */
public class SourceFetchException extends RuntimeException {

  /** What went wrong; decides whether another attempt can help. */
  public enum Kind {
    SERVER_ERROR(true),
    TIMEOUT(true),
    CONNECTION(true),
    RATE_LIMITED(true),
    /** A 4xx other than 429: the request itself is wrong (bad key, bad parameter). */
    CLIENT_ERROR(false),
    /** The provider said, with HTTP 200, that it could not answer (API-Football "errors"). */
    PROVIDER_ERROR(false),
    /** The daily or monthly quota, minus the reserve, is spent: no call was made. */
    QUOTA_EXHAUSTED(false),
    /** The body is not the JSON the provider documents (truncated, HTML, garbage). */
    MALFORMED_BODY(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean isRetryable() {
      return retryable;
    }
  }

  private final Kind kind;
  private final String source;
  private final int status;
  private final Duration retryAfter;

  public SourceFetchException(Kind kind, String source, String request, int status, String detail,
      Duration retryAfter, Throwable cause) {
    super(source + " " + request + ": " + describe(kind, status) + (detail == null || detail.isBlank() ? "" : ": " + detail),
        cause);
    this.kind = kind;
    this.source = source;
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public static SourceFetchException of(Kind kind, String source, String request, String detail) {
    return new SourceFetchException(kind, source, request, 0, detail, null, null);
  }

  private static String describe(Kind kind, int status) {
    String name = kind.name().toLowerCase().replace('_', ' ');
    return status > 0 ? name + " (HTTP " + status + ")" : name;
  }

  public Kind kind() {
    return kind;
  }

  public String source() {
    return source;
  }

  /** HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }

  /** The wait the provider asked for (429 Retry-After), or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The same failure, reported after the given number of attempts. */
  public SourceFetchException afterAttempts(int attempts) {
    String message = getMessage() + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)");
    return new SourceFetchException(kind, source, status, retryAfter, message, this);
  }

  private SourceFetchException(Kind kind, String source, int status, Duration retryAfter, String message,
      Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.source = source;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}
