package com.matchcast.api;

import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * A small Premier League data set whose table is worked out by hand. 2023-2024 (season 2):
 * eight finished matches, one scheduled, one postponed; 2022-2023 (season 1): two meetings
 * of Arsenal and Chelsea. Final table 2023-2024: Arsenal 7 (WWDL), Liverpool 5 (DLDW, GD -1,
 * GF 4), Tottenham 5 (DLDW, GD -1, GF 4; behind Liverpool by name), Chelsea 4 (LWDL).
 * As of 2023-08-19: Arsenal 6, Chelsea 3, Tottenham 1 (GD -2), Liverpool 1 (GD -3).
 */
public final class MiniSeason {

  public static final long ARSENAL = 1;
  public static final long CHELSEA = 2;
  public static final long LIVERPOOL = 3;
  public static final long TOTTENHAM = 4;

  private static final List<String> TABLES = List.of("followed_team", "followed_league", "app_user",
      "rating_history", "odds", "match_statistics", "match_source", "injury",
      "standing_snapshot", "rejected_row", "ingest_run", "matches", "team_alias", "unmatched_team_name", "team",
      "season", "league");

  private static final List<String> INSERTS = List.of(
      "INSERT INTO league (id, code, name, country, tier) VALUES (1, 'E0', 'Premier League', 'England', 1)",
      "INSERT INTO season (id, code, starts_on, ends_on) VALUES (1, '2022-2023', '2022-07-01', '2023-06-30'), "
          + "(2, '2023-2024', '2023-07-01', '2024-06-30')",
      "INSERT INTO team (id, name, country) VALUES (1, 'Arsenal', 'England'), (2, 'Chelsea', 'England'), "
          + "(3, 'Liverpool', 'England'), (4, 'Tottenham', 'England')",
      "INSERT INTO team_alias (team_id, source, alias, normalized_name, country) VALUES "
          + "(4, 'football-data', 'Tottenham', 'tottenham', 'England'), "
          + "(4, 'api-football', 'Spurs', 'spurs', 'England'), "
          + "(4, 'odds-api', 'Tottenham Hotspur', 'tottenham hotspur', 'England')",
      "INSERT INTO matches (id, league_id, season_id, match_date, kickoff_at, home_team_id, away_team_id, status, "
          + "home_goals, away_goals, home_goals_ht, away_goals_ht, referee, venue, attendance, updated_at) VALUES "
          + "(1, 1, 2, '2023-08-12', '2023-08-12 14:00:00', 1, 2, 'FINISHED', 2, 1, 1, 0, 'M Oliver', "
          + "'Emirates Stadium', 60100, CURRENT_TIMESTAMP), "
          + "(2, 1, 2, '2023-08-12', NULL, 3, 4, 'FINISHED', 1, 1, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(3, 1, 2, '2023-08-19', '2023-08-19 16:30:00', 2, 3, 'FINISHED', 3, 0, 2, 0, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(4, 1, 2, '2023-08-19', NULL, 4, 1, 'FINISHED', 0, 2, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(5, 1, 2, '2023-08-26', NULL, 1, 3, 'FINISHED', 1, 1, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(6, 1, 2, '2023-08-26', NULL, 2, 4, 'FINISHED', 2, 2, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(7, 1, 2, '2023-09-02', NULL, 3, 1, 'FINISHED', 2, 0, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(8, 1, 2, '2023-09-02', NULL, 4, 2, 'FINISHED', 1, 0, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(9, 1, 2, '2023-09-16', NULL, 1, 4, 'SCHEDULED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(10, 1, 2, '2023-09-16', NULL, 3, 2, 'POSTPONED', NULL, NULL, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(11, 1, 1, '2023-03-01', NULL, 2, 1, 'FINISHED', 0, 1, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP), "
          + "(12, 1, 1, '2022-10-10', NULL, 1, 2, 'FINISHED', 3, 1, NULL, NULL, NULL, NULL, NULL, CURRENT_TIMESTAMP)",
      "INSERT INTO odds (match_id, source, bookmaker, market, line, closing, home_price, draw_price, away_price, "
          + "over_price, under_price, collected_at) VALUES "
          + "(1, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, FALSE, 2.10, 3.40, 3.50, NULL, NULL, '2023-08-10 09:00:00'), "
          + "(1, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, TRUE, 2.00, 3.50, 3.80, NULL, NULL, NULL), "
          + "(1, 'football-data', 'Pinnacle', 'ONE_X_TWO', NULL, FALSE, 2.15, 3.45, 3.55, NULL, NULL, NULL), "
          + "(1, 'football-data', 'Bet365', 'OVER_UNDER', 2.50, FALSE, NULL, NULL, NULL, 1.90, 1.95, NULL), "
          + "(2, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, FALSE, 2.50, 3.30, 2.80, NULL, NULL, NULL), "
          + "(3, 'football-data', 'Pinnacle', 'ASIAN_HANDICAP', -0.25, FALSE, 1.95, NULL, 1.97, NULL, NULL, NULL)",
      "INSERT INTO match_statistics (match_id, source, home_shots, away_shots, home_shots_on_target, "
          + "away_shots_on_target, home_corners, away_corners, home_expected_goals, away_expected_goals) VALUES "
          + "(1, 'football-data', 15, 9, 6, 3, 7, 4, 1.85, 0.92), "
          + "(2, 'football-data', 12, 12, 4, 5, 6, 6, NULL, NULL), "
          + "(3, 'football-data', 18, 7, 8, 2, 9, 2, NULL, NULL), "
          + "(4, 'football-data', NULL, NULL, NULL, NULL, 5, 4, NULL, NULL)",
      "INSERT INTO ingest_run (id, source, target, started_at, finished_at, status, rows_read, rows_inserted, "
          + "rows_updated, rows_unchanged, rows_rejected, rows_duplicate, odds_rows, content_hash, message) VALUES "
          + "(1, 'football-data', 'E0/2223', '2024-05-01 10:00:00.000', '2024-05-01 10:00:04.250', 'SUCCEEDED', "
          + "381, 380, 0, 0, 1, 0, 1520, '" + "a".repeat(64) + "', NULL), "
          + "(2, 'football-data', 'E0/2324', '2024-05-20 08:00:00.000', '2024-05-20 08:00:05.000', 'SUCCEEDED', "
          + "385, 370, 5, 0, 3, 2, 1500, '" + "b".repeat(64) + "', NULL), "
          + "(3, 'football-data', 'E0/2324', '2024-05-21 08:00:00.000', '2024-05-21 08:00:00.100', 'UNCHANGED', "
          + "0, 0, 0, 0, 0, 0, 0, '" + "b".repeat(64) + "', 'content unchanged'), "
          + "(4, 'api-football', 'E0/2023', '2024-05-21 09:00:00.000', NULL, 'FAILED', "
          + "0, 0, 0, 0, 0, 0, 0, NULL, 'HTTP 429 after 3 retries')",
      "INSERT INTO rejected_row (run_id, location, raw_content, reason, league_code, season_code) VALUES "
          + "(2, 'E0.csv:12', 'raw', 'unknown team: Foo FC', 'E0', '2023-2024'), "
          + "(2, 'E0.csv:13', 'raw', 'unknown team: Bar United', 'E0', '2023-2024'), "
          + "(2, 'E0.csv:14', 'raw', 'bad date: 32/13/2023', 'E0', '2023-2024'), "
          + "(2, 'E0.csv:15', 'raw', 'duplicate: repeats E0.csv:4', 'E0', '2023-2024'), "
          + "(2, 'E0.csv:16', 'raw', 'duplicate', 'E0', '2023-2024'), "
          + "(1, 'E0.csv:20', 'raw', 'bad date: 31/02/2023', 'E0', '2022-2023')");

  private MiniSeason() {}

  /** Replaces whatever the database holds with the mini season. */
  public static void seed(DatabaseClient db) {
    Flux.concat(
            Flux.fromIterable(TABLES).concatMap(table -> db.sql("DELETE FROM " + table).then()),
            Flux.fromIterable(INSERTS).concatMap(insert -> db.sql(insert).then()))
        .blockLast();
  }
}
