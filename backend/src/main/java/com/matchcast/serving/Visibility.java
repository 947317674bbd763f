package com.matchcast.serving;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What of a stored match is known at a given moment. Live, everything stored is known already;
 * a replay must hide what the store holds about its future, on the timetable of the real world:
 * a fixture is known {@link #FIXTURE_NOTICE} ahead, football-data's pre-match prices a few days
 * before kick-off (they are taken on Tuesdays and Fridays), closing prices in the last minutes,
 * the result at full time.
 */
public final class Visibility {

  static final Duration FIXTURE_NOTICE = Duration.ofDays(14);
  static final Duration PRE_MATCH_PRICES = Duration.ofDays(3);
  static final Duration CLOSING_PRICES = Duration.ofMinutes(5);
  static final Duration FULL_TIME = Duration.ofMinutes(115);
  /** Kick-off assumed for a match whose source gives only the day. */
  static final LocalTime USUAL_KICKOFF = LocalTime.of(15, 0);

  private Visibility() {}

  /** Kick-off in UTC, or the day at 15:00 when the source gives only the day. */
  public static Instant kickoff(MatchRecord match) {
    return kickoff(match.date(), match.kickoffUtc());
  }

  /** The same from a match's day and its kick-off in UTC (null when only the day is known). */
  public static Instant kickoff(LocalDate date, LocalDateTime kickoffUtc) {
    return (kickoffUtc != null ? kickoffUtc : date.atTime(USUAL_KICKOFF)).toInstant(ZoneOffset.UTC);
  }

  /** When the result is known. */
  public static Instant fullTime(MatchRecord match) {
    return kickoff(match).plus(FULL_TIME);
  }

  // Each rule as the latest kick-off it lets through at a moment, so that the read API can select
  // what is known in SQL (KickoffBound) on the same timetable as the predictions.

  /** The latest kick-off whose fixture is known at {@code now}. */
  public static Instant fixturesUntil(Instant now) {
    return now.plus(FIXTURE_NOTICE);
  }

  /** The latest kick-off whose closing (or else pre-match) prices are known at {@code now}. */
  public static Instant pricesUntil(boolean closing, Instant now) {
    return now.plus(closing ? CLOSING_PRICES : PRE_MATCH_PRICES);
  }

  /** The latest kick-off whose result (score, statistics, attendance) is known at {@code now}. */
  public static Instant resultsUntil(Instant now) {
    return now.minus(FULL_TIME);
  }

  /** The match as known at {@code now}, or null when even its fixture is not known yet. */
  public static MatchRecord at(MatchRecord stored, Instant now) {
    Instant kickoff = kickoff(stored);
    if (kickoff.isAfter(fixturesUntil(now))) {
      return null;
    }
    if (!kickoff.isAfter(resultsUntil(now))) {
      return stored;
    }
    boolean preMatch = !kickoff.isAfter(pricesUntil(false, now));
    boolean closing = !kickoff.isAfter(pricesUntil(true, now));
    List<OddsQuote> odds = stored.odds().stream().filter(q -> q.closing() ? closing : preMatch).toList();
    MatchStatus status = stored.status() == MatchStatus.FINISHED ? MatchStatus.SCHEDULED : stored.status();
    return new MatchRecord(stored.source(), stored.location(), stored.leagueCode(), stored.seasonCode(), stored.date(),
        stored.kickoffUtc(), stored.homeTeam(), stored.awayTeam(), status, null, null, null, null, null,
        stored.referee(), stored.venue(), null, stored.externalId(), null, odds, stored.rawContent());
  }
}
