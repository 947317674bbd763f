package com.matchcast.matchdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A match as one source reported it, normalized but not yet resolved against the catalog:
 * team names are the source's own spellings, resolved to clubs by the sync service.
 *
 * @param source       source id, e.g. {@code football-data}, {@code api-football}
 * @param location     where the record came from, for error reports ({@code E0/2023-2024.csv:12})
 * @param leagueCode   Matchcast league code (football-data division codes: E0, SP1, ...)
 * @param seasonCode   season as {@code 2023-2024}
 * @param date         match date in the league's local calendar
 * @param kickoffUtc   kick-off in UTC, or null when the source gives only a date
 * @param result       the result letter the source wrote (H/D/A), kept only to validate the goals
 * @param externalId   the source's own id for the match, or null when it has none
 * @param statistics   statistics, or null when the source has none
 * @param rawContent   the source text of the record, kept with a rejection
 */
public record MatchRecord(
    String source,
    String location,
    String leagueCode,
    String seasonCode,
    LocalDate date,
    LocalDateTime kickoffUtc,
    String homeTeam,
    String awayTeam,
    MatchStatus status,
    Integer homeGoals,
    Integer awayGoals,
    Integer homeGoalsHalfTime,
    Integer awayGoalsHalfTime,
    String result,
    String referee,
    String venue,
    Integer attendance,
    String externalId,
    MatchStatistics statistics,
    List<OddsQuote> odds,
    String rawContent) {

  public MatchRecord {
    odds = odds == null ? List.of() : List.copyOf(odds);
  }

  public MatchRecord withOdds(List<OddsQuote> newOdds) {
    return new MatchRecord(source, location, leagueCode, seasonCode, date, kickoffUtc, homeTeam, awayTeam, status,
        homeGoals, awayGoals, homeGoalsHalfTime, awayGoalsHalfTime, result, referee, venue, attendance, externalId,
        statistics, newOdds, rawContent);
  }
}
