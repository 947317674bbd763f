package com.matchcast.outlook.persistence;

import com.matchcast.catalog.Team;
import com.matchcast.goals.GoalObservation;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.persistence.Columns;
import com.matchcast.serving.KickoffBound;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What an outlook is made from: the season's matches, the season in play, past results for the goal model. */
@Repository
public class OutlookQueries {

  private final DatabaseClient db;

  public OutlookQueries(DatabaseClient db) {
    this.db = db;
  }

  /**
   * One stored match of a league season, whatever is known of it; the caller decides what the
   * serving clock may see (its result only once known).
   */
  public record SeasonMatch(long id, LocalDate date, LocalDateTime kickoffUtc, MatchStatus status, Team home,
      Team away, Integer homeGoals, Integer awayGoals) {}

  public Flux<SeasonMatch> seasonMatches(String league, String season) {
    return db.sql("SELECT m.id, m.match_date, m.kickoff_at, m.status, m.home_goals, m.away_goals, "
            + "h.id AS home_id, h.name AS home_name, h.country AS home_country, "
            + "a.id AS away_id, a.name AS away_name, a.country AS away_country "
            + "FROM matches m JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
            + "JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id "
            + "WHERE l.code = :league AND s.code = :season ORDER BY m.match_date, m.id")
        .bind("league", league).bind("season", season)
        .map(row -> new SeasonMatch(Columns.longValue(row, "id"), row.get("match_date", LocalDate.class),
            row.get("kickoff_at", LocalDateTime.class), MatchStatus.valueOf(row.get("status", String.class)),
            new Team(Columns.longValue(row, "home_id"), row.get("home_name", String.class),
                row.get("home_country", String.class)),
            new Team(Columns.longValue(row, "away_id"), row.get("away_name", String.class),
                row.get("away_country", String.class)),
            Columns.integer(row, "home_goals"), Columns.integer(row, "away_goals")))
        .all();
  }

  /** The latest season of the league with a match whose fixture is known by the bound. */
  public Mono<String> seasonInPlay(String league, KickoffBound fixtures) {
    String sql = "SELECT s.code FROM matches m JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
        + "WHERE l.code = :league" + (fixtures.latest() == null ? "" : " AND " + fixtures.sql("known"))
        + " ORDER BY s.starts_on DESC LIMIT 1";
    DatabaseClient.GenericExecuteSpec spec = bind(db.sql(sql).bind("league", league), fixtures, "known");
    return spec.map(row -> row.get("code", String.class)).one();
  }

  /** Finished matches of these leagues from {@code from} to before {@code before}, whose results the bound admits. */
  public Flux<GoalObservation> results(Collection<String> leagues, LocalDate from, LocalDate before,
      KickoffBound played) {
    String sql = "SELECT m.match_date, m.home_goals, m.away_goals, h.name AS home_name, a.name AS away_name "
        + "FROM matches m JOIN league l ON l.id = m.league_id JOIN team h ON h.id = m.home_team_id "
        + "JOIN team a ON a.id = m.away_team_id WHERE l.code IN (:leagues) AND m.status = 'FINISHED' "
        + "AND m.home_goals IS NOT NULL AND m.away_goals IS NOT NULL "
        + "AND m.match_date >= :from AND m.match_date < :before"
        + (played.latest() == null ? "" : " AND " + played.sql("played")) + " ORDER BY m.match_date, m.id";
    DatabaseClient.GenericExecuteSpec spec = bind(db.sql(sql).bind("leagues", leagues).bind("from", from)
        .bind("before", before), played, "played");
    return spec.map(row -> new GoalObservation(row.get("match_date", LocalDate.class),
            row.get("home_name", String.class), row.get("away_name", String.class),
            Columns.integer(row, "home_goals"), Columns.integer(row, "away_goals")))
        .all();
  }

  private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, KickoffBound bound,
      String name) {
    if (bound.latest() != null) {
      for (Map.Entry<String, Object> value : bound.bindings(name).entrySet()) {
        spec = spec.bind(value.getKey(), value.getValue());
      }
    }
    return spec;
  }
}
