package com.matchcast.ingest.store;

import static com.matchcast.persistence.MultiRowInsert.Column;

import com.matchcast.persistence.MultiRowInsert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Column lists of the bulk inserts, in the order the writers fill their rows. */
final class MatchColumns {

  private MatchColumns() {}

  static final MultiRowInsert INSERT = new MultiRowInsert("matches", List.of(
      new Column("league_id", Integer.class), new Column("season_id", Integer.class),
      new Column("match_date", LocalDate.class), new Column("kickoff_at", LocalDateTime.class),
      new Column("home_team_id", Long.class), new Column("away_team_id", Long.class),
      new Column("status", String.class), new Column("home_goals", Integer.class),
      new Column("away_goals", Integer.class), new Column("home_goals_ht", Integer.class),
      new Column("away_goals_ht", Integer.class), new Column("referee", String.class),
      new Column("venue", String.class), new Column("attendance", Integer.class),
      new Column("updated_at", LocalDateTime.class)));

  static final MultiRowInsert SOURCES = new MultiRowInsert("INSERT INTO match_source", List.of(
      new Column("match_id", Long.class), new Column("source", String.class),
      new Column("external_id", String.class), new Column("record_hash", String.class),
      new Column("last_run_id", Long.class)),
      " ON DUPLICATE KEY UPDATE external_id = COALESCE(VALUES(external_id), external_id),"
          + " record_hash = VALUES(record_hash), last_run_id = VALUES(last_run_id)");

  static final MultiRowInsert STATISTICS = new MultiRowInsert("match_statistics", List.of(
      new Column("match_id", Long.class), new Column("source", String.class),
      new Column("home_shots", Integer.class), new Column("away_shots", Integer.class),
      new Column("home_shots_on_target", Integer.class), new Column("away_shots_on_target", Integer.class),
      new Column("home_corners", Integer.class), new Column("away_corners", Integer.class),
      new Column("home_fouls", Integer.class), new Column("away_fouls", Integer.class),
      new Column("home_yellow_cards", Integer.class), new Column("away_yellow_cards", Integer.class),
      new Column("home_red_cards", Integer.class), new Column("away_red_cards", Integer.class),
      new Column("home_expected_goals", BigDecimal.class), new Column("away_expected_goals", BigDecimal.class)));

  static final MultiRowInsert ODDS = new MultiRowInsert("odds", List.of(
      new Column("match_id", Long.class), new Column("source", String.class),
      new Column("bookmaker", String.class), new Column("market", String.class),
      new Column("line", BigDecimal.class), new Column("closing", Boolean.class),
      new Column("home_price", BigDecimal.class), new Column("draw_price", BigDecimal.class),
      new Column("away_price", BigDecimal.class), new Column("over_price", BigDecimal.class),
      new Column("under_price", BigDecimal.class), new Column("yes_price", BigDecimal.class),
      new Column("no_price", BigDecimal.class), new Column("collected_at", LocalDateTime.class)));
}
