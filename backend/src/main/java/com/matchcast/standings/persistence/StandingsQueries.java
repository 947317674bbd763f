package com.matchcast.standings.persistence;

import com.matchcast.catalog.Team;
import com.matchcast.persistence.Columns;
import com.matchcast.serving.KickoffBound;
import com.matchcast.standings.FinishedResult;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Final scores of a league season, in playing order. */
@Repository
public class StandingsQueries {

  private final DatabaseClient db;

  public StandingsQueries(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Finished matches up to and including {@code asOf} (all of them when it is null) whose results
   * are known by the {@code played} bound.
   */
  public Flux<FinishedResult> finishedResults(String leagueCode, String seasonCode, LocalDate asOf,
      KickoffBound played) {
    String sql = "SELECT m.id, m.match_date, m.home_goals, m.away_goals, h.id AS home_id, h.name AS home_name, "
        + "h.country AS home_country, a.id AS away_id, a.name AS away_name, a.country AS away_country "
        + "FROM matches m JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
        + "JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id "
        + "WHERE l.code = :league AND s.code = :season AND m.status = 'FINISHED'"
        + (asOf == null ? "" : " AND m.match_date <= :asOf")
        + (played.latest() == null ? "" : " AND " + played.sql("played"))
        + " ORDER BY m.match_date, m.id";
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("league", leagueCode).bind("season", seasonCode);
    if (asOf != null) {
      spec = spec.bind("asOf", asOf);
    }
    if (played.latest() != null) {
      for (var value : played.bindings("played").entrySet()) {
        spec = spec.bind(value.getKey(), value.getValue());
      }
    }
    return spec.map(row -> new FinishedResult(
            Columns.longValue(row, "id"),
            row.get("match_date", LocalDate.class),
            new Team(Columns.longValue(row, "home_id"), row.get("home_name", String.class),
                row.get("home_country", String.class)),
            new Team(Columns.longValue(row, "away_id"), row.get("away_name", String.class),
                row.get("away_country", String.class)),
            Columns.integer(row, "home_goals"),
            Columns.integer(row, "away_goals")))
        .all();
  }
}
