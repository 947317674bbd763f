package com.matchcast.match;

import com.matchcast.matchdata.MatchStatus;
import com.matchcast.serving.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored match. Clubs and league are kept as ids: the API resolves them in batches for a
 * whole page. {@code kickoff} is UTC and null when the source gives only the day.
 */
public record Match(
    long id,
    int leagueId,
    String season,
    LocalDate date,
    OffsetDateTime kickoff,
    MatchStatus status,
    long homeTeamId,
    long awayTeamId,
    Integer homeGoals,
    Integer awayGoals,
    Integer homeGoalsHalfTime,
    Integer awayGoalsHalfTime,
    String referee,
    String venue,
    Integer attendance) {

  /** Kick-off as the serving clock counts it: the day at the usual hour when only the day is known. */
  public Instant expectedKickoff() {
    return kickoff != null ? kickoff.toInstant() : Visibility.kickoff(date, null);
  }
}
