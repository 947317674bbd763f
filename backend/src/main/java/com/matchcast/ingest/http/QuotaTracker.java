package com.matchcast.ingest.http;

import org.springframework.http.HttpHeaders;

/**
 * Follows a provider's quota from the headers of its responses and refuses a call that would
 * dig into the reserve. Knows both header families: API-Football's
 * {@code x-ratelimit-requests-*} (per day) and {@code X-RateLimit-Remaining} (per minute),
 * and The Odds API's {@code x-requests-remaining/used/last}.
 */
public class QuotaTracker {

  private final int reserve;
  private volatile QuotaSnapshot last = QuotaSnapshot.unknown();

  public QuotaTracker(int reserve) {
    this.reserve = Math.max(0, reserve);
  }

  public QuotaSnapshot snapshot() {
    return last;
  }

  /** Takes what the response says; headers it does not carry keep their earlier value. */
  public void record(HttpHeaders headers) {
    QuotaSnapshot before = last;
    Integer remaining = first(header(headers, "x-ratelimit-requests-remaining"), header(headers, "x-requests-remaining"));
    last = new QuotaSnapshot(
        remaining != null ? remaining : before.remaining(),
        orElse(header(headers, "x-ratelimit-requests-limit"), before.limit()),
        orElse(header(headers, "x-requests-used"), before.used()),
        orElse(header(headers, "x-requests-last"), before.lastCost()),
        header(headers, "X-RateLimit-Remaining"));
  }

  /** True when the next call, at the last call's cost, would leave less than the reserve. */
  public boolean isExhausted() {
    QuotaSnapshot q = last;
    if (q.remaining() == null) {
      return false;
    }
    int cost = q.lastCost() == null ? 1 : Math.max(1, q.lastCost());
    return q.remaining() - cost < reserve;
  }

  /** True when the provider said this minute's allowance is spent. */
  public boolean isMinuteSpent() {
    Integer minute = last.minuteRemaining();
    return minute != null && minute <= 0;
  }

  public String describe() {
    QuotaSnapshot q = last;
    return "quota exhausted: " + q.remaining() + " calls left, reserve " + reserve;
  }

  private static Integer header(HttpHeaders headers, String name) {
    String value = headers.getFirst(name);
    if (value == null) {
      return null;
    }
    try {
      return (int) Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer first(Integer a, Integer b) {
    return a != null ? a : b;
  }

  private static Integer orElse(Integer value, Integer fallback) {
    return value != null ? value : fallback;
  }
}
