package com.matchcast.ingest.integrity;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Everything stored for one league-season, field by field and without surrogate ids or write
 * times, keyed by match so that two snapshots can be compared and their differences named.
 * Values are written the same way on H2 and MariaDB (decimals without trailing zeros).
 */
record StoreSnapshot(Map<String, String> matches, Map<String, String> statistics, Map<String, String> odds) {

  private static final String MATCH_KEY = "m.match_date, h.name AS home, a.name AS away";
  private static final String SEASON = " JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id"
      + " JOIN team h ON h.id = m.home_team_id JOIN team a ON a.id = m.away_team_id"
      + " WHERE l.code = :league AND s.code = :season";

  static StoreSnapshot of(DatabaseClient db, String league, String season) {
    return new StoreSnapshot(
        rows(db, 3, "SELECT " + MATCH_KEY + ", m.status, m.kickoff_at, m.home_goals, m.away_goals, m.home_goals_ht,"
            + " m.away_goals_ht, m.referee, m.venue, m.attendance FROM matches m" + SEASON, league, season),
        rows(db, 4, "SELECT " + MATCH_KEY + ", st.source, st.home_shots, st.away_shots, st.home_shots_on_target,"
            + " st.away_shots_on_target, st.home_corners, st.away_corners, st.home_fouls, st.away_fouls,"
            + " st.home_yellow_cards, st.away_yellow_cards, st.home_red_cards, st.away_red_cards,"
            + " st.home_expected_goals, st.away_expected_goals FROM match_statistics st"
            + " JOIN matches m ON m.id = st.match_id" + SEASON, league, season),
        rows(db, 9, "SELECT " + MATCH_KEY + ", o.source, o.bookmaker, o.market, o.line,"
            + " CASE WHEN o.closing THEN 'closing' ELSE 'pre-match' END AS phase, o.collected_at,"
            + " o.home_price, o.draw_price, o.away_price, o.over_price, o.under_price, o.yes_price, o.no_price"
            + " FROM odds o JOIN matches m ON m.id = o.match_id" + SEASON, league, season));
  }

  /** Rows as "key columns" to "value columns", both joined with spaces and bars. */
  private static Map<String, String> rows(DatabaseClient db, int keyColumns, String sql, String league, String season) {
    List<Map<String, Object>> rows = db.sql(sql).bind("league", league).bind("season", season).fetch().all()
        .collectList().block();
    Map<String, String> byKey = new TreeMap<>();
    for (Map<String, Object> row : rows) {
      List<String> values = new ArrayList<>();
      row.values().forEach(v -> values.add(text(v)));
      String key = String.join(" ", values.subList(0, keyColumns));
      if (byKey.put(key, String.join("|", values.subList(keyColumns, values.size()))) != null) {
        throw new AssertionError("two stored rows for " + key);
      }
    }
    return byKey;
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number || value instanceof String || value instanceof Temporal || value == null) {
      return String.valueOf(value);
    }
    throw new IllegalArgumentException("unexpected column type " + value.getClass());
  }
}
