package com.matchcast.observability;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: taken from the caller when it is a sensible token, made up otherwise. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  /** Its key in the Reactor context and in the logging MDC, hence its field name in JSON log lines. */
  public static final String KEY = "requestId";
  /**
   * What a caller's id may look like. Anything else (too long, spaces, line breaks, quotes) is
   * replaced: the id is written into every log line and must not forge or break one.
   */
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private RequestIds() {}

  static String acceptOrCreate(String offered) {
    return offered != null && ACCEPTED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
  }
}
