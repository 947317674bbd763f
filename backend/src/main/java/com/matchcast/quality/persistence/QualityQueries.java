package com.matchcast.quality.persistence;

import com.matchcast.persistence.Columns;
import com.matchcast.quality.LeagueSeason;
import com.matchcast.quality.MatchCoverage;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts behind the data-quality report. */
@Repository
public class QualityQueries {

  /**
   * Rejected rows that still stand: those of the latest SUCCEEDED run of their source and target.
   * A re-import of a changed file records its rejects again under a new run, and the older run's
   * rows describe a file that no longer exists; an UNCHANGED run stores none because the latest
   * SUCCEEDED run's rejects still stand, and a FAILED run stores nothing.
   */
  private static final String CURRENT_REJECTS = "rejected_row r JOIN ingest_run ir ON ir.id = r.run_id "
      + "WHERE ir.id = (SELECT MAX(latest.id) FROM ingest_run latest WHERE latest.source = ir.source "
      + "AND latest.target = ir.target AND latest.status = 'SUCCEEDED')";

  private static final String HAS_ODDS = "CASE WHEN EXISTS (SELECT 1 FROM odds o WHERE o.match_id = m.id AND ";

  private final DatabaseClient db;

  public QualityQueries(DatabaseClient db) {
    this.db = db;
  }

  public Mono<MatchCoverage> coverage(String leagueCode, String seasonCode) {
    String sql = "SELECT COUNT(*) AS matches, "
        + "SUM(CASE WHEN m.status = 'FINISHED' THEN 1 ELSE 0 END) AS finished, "
        + "SUM(CASE WHEN m.home_goals IS NOT NULL AND m.away_goals IS NOT NULL THEN 1 ELSE 0 END) AS results, "
        + "SUM(CASE WHEN EXISTS (SELECT 1 FROM match_statistics st WHERE st.match_id = m.id "
        + "AND (st.home_shots IS NOT NULL OR st.away_shots IS NOT NULL)) THEN 1 ELSE 0 END) AS statistics, "
        + "SUM(" + HAS_ODDS + "o.market = 'ONE_X_TWO' AND o.closing = FALSE) THEN 1 ELSE 0 END) AS pre_match, "
        + "SUM(" + HAS_ODDS + "o.market = 'ONE_X_TWO' AND o.closing = TRUE) THEN 1 ELSE 0 END) AS closing, "
        + "SUM(" + HAS_ODDS + "o.market = 'OVER_UNDER') THEN 1 ELSE 0 END) AS over_under, "
        + "SUM(" + HAS_ODDS + "o.market = 'ASIAN_HANDICAP') THEN 1 ELSE 0 END) AS asian_handicap "
        + "FROM matches m JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
        + "WHERE l.code = :league AND s.code = :season";
    return db.sql(sql).bind("league", leagueCode).bind("season", seasonCode).map(QualityQueries::coverage).one();
  }

  /** Full reason texts of the rejected rows of a league season that still stand, with their counts. */
  public Mono<Map<String, Integer>> rejectReasons(String leagueCode, String seasonCode) {
    return db.sql("SELECT r.reason, COUNT(*) AS n FROM " + CURRENT_REJECTS + " AND r.league_code = :league "
            + "AND r.season_code = :season GROUP BY r.reason")
        .bind("league", leagueCode).bind("season", seasonCode)
        .map(row -> Map.entry(row.get("reason", String.class), Columns.count(row, "n")))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Clubs that imports of this league season added to the catalog, by name. */
  public Mono<List<String>> newClubs(String leagueCode, String seasonCode) {
    return db.sql("SELECT name FROM team WHERE first_league_code = :league AND first_season_code = :season"
            + " ORDER BY name")
        .bind("league", leagueCode).bind("season", seasonCode)
        .map(row -> row.get("name", String.class))
        .all()
        .collectList();
  }

  /** League and season code pairs with stored matches or rejected rows. */
  public Flux<LeagueSeason> leagueSeasons() {
    return db.sql("SELECT l.code AS league_code, s.code AS season_code FROM matches m "
            + "JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
            + "UNION SELECT r.league_code, r.season_code FROM " + CURRENT_REJECTS
            + " AND r.league_code IS NOT NULL AND r.season_code IS NOT NULL")
        .map(row -> new LeagueSeason(row.get("league_code", String.class), row.get("season_code", String.class)))
        .all();
  }

  private static MatchCoverage coverage(Readable row) {
    return new MatchCoverage(Columns.count(row, "matches"), Columns.count(row, "finished"),
        Columns.count(row, "results"), Columns.count(row, "statistics"), Columns.count(row, "pre_match"),
        Columns.count(row, "closing"), Columns.count(row, "over_under"), Columns.count(row, "asian_handicap"));
  }
}
