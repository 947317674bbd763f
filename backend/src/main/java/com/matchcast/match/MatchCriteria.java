package com.matchcast.match;

import com.matchcast.api.Arguments;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.matchdata.MatchStatus;
import java.time.LocalDate;

/** A match filter after validation: known league, well-formed season, numeric team id, ordered dates. */
public record MatchCriteria(String leagueCode, String seasonCode, Long teamId, LocalDate from, LocalDate to,
    MatchStatus status) {

  public static MatchCriteria of(MatchFilter filter) {
    MatchFilter given = filter == null ? MatchFilter.none() : filter;
    Arguments.dateRange(given.from(), given.to());
    return new MatchCriteria(
        given.league() == null ? null : LeagueArguments.league(given.league()).code(),
        given.season() == null ? null : Arguments.season(given.season()),
        given.team() == null ? null : Arguments.id(given.team(), "team"),
        given.from(), given.to(), given.status());
  }
}
