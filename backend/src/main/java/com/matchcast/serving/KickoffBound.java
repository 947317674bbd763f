package com.matchcast.serving;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * The matches kicking off at or before {@code latest}, or every match when it is null: one of
 * {@link Visibility}'s rules at one moment, checked in Java or selected in SQL. A match stored with
 * its day only kicks off at the usual hour, in SQL as in Visibility.
 */
public record KickoffBound(Instant latest) {

  /** No bound: every stored match passes. */
  public static final KickoffBound NONE = new KickoffBound(null);

  public boolean admits(Instant kickoff) {
    return latest == null || !kickoff.isAfter(latest);
  }

  /**
   * The condition on the matches table aliased {@code m}, with the parameters of {@link #bindings},
   * or null without a bound. It is true or false, never NULL, so it may be negated.
   */
  public String sql(String name) {
    return latest == null ? null : "((m.kickoff_at IS NOT NULL AND m.kickoff_at <= :" + name + ") OR "
        + "(m.kickoff_at IS NULL AND m.match_date <= :" + name + "Day))";
  }

  public Map<String, Object> bindings(String name) {
    // kick-offs are stored in whole seconds, so truncating the bound changes no answer and suits every driver
    LocalDateTime kickoff = LocalDateTime.ofInstant(latest, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    LocalDate day = LocalDate.ofInstant(latest.minus(Duration.between(LocalTime.MIDNIGHT, Visibility.USUAL_KICKOFF)),
        ZoneOffset.UTC);
    return Map.of(name, kickoff, name + "Day", day);
  }

  /** The first day that may have a match beyond the bound (null without one): every earlier day is wholly within. */
  public LocalDate firstOpenDay() {
    return latest == null ? null : LocalDate.ofInstant(latest, ZoneOffset.UTC);
  }
}
