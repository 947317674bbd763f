package com.matchcast.match.persistence;

import com.matchcast.match.Match;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;

/** The match columns every match query selects, and their mapping. */
final class MatchRows {

  static final String SELECT = "SELECT m.id, m.league_id, s.code AS season_code, m.match_date, m.kickoff_at, "
      + "m.status, m.home_team_id, m.away_team_id, m.home_goals, m.away_goals, m.home_goals_ht, m.away_goals_ht, "
      + "m.referee, m.venue, m.attendance "
      + "FROM matches m JOIN season s ON s.id = m.season_id JOIN league l ON l.id = m.league_id";

  private MatchRows() {}

  static Match match(Readable row) {
    return new Match(
        Columns.longValue(row, "id"),
        Columns.integer(row, "league_id"),
        row.get("season_code", String.class),
        row.get("match_date", LocalDate.class),
        Columns.utc(row, "kickoff_at"),
        MatchStatus.valueOf(row.get("status", String.class)),
        Columns.longValue(row, "home_team_id"),
        Columns.longValue(row, "away_team_id"),
        Columns.integer(row, "home_goals"),
        Columns.integer(row, "away_goals"),
        Columns.integer(row, "home_goals_ht"),
        Columns.integer(row, "away_goals_ht"),
        row.get("referee", String.class),
        row.get("venue", String.class),
        Columns.integer(row, "attendance"));
  }
}
