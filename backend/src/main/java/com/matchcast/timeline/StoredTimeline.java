package com.matchcast.timeline;

import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The timeline of the stored matches (every source merged, clubs already canonical), for
 * training the served model on everything known up to now.
 */
@Component
public class StoredTimeline {

  private final DatabaseClient db;
  private final TimelineReader timelines = new TimelineReader();

  public StoredTimeline(DatabaseClient db) {
    this.db = db;
  }

  public Mono<List<TimelineMatch>> read() {
    return records().map(timelines::timeline);
  }

  /** The matches dated before {@code cutoff} only (all when null), numbered afresh. */
  public Mono<List<TimelineMatch>> read(LocalDate cutoff) {
    return cutoff == null ? read()
        : records().map(all -> timelines.timeline(all.stream().filter(r -> r.date().isBefore(cutoff)).toList()));
  }

  /**
   * Every stored match as a record whose location is {@code "match <id>"}, with all its prices:
   * what the prediction service replays or serves from.
   */
  public Mono<List<MatchRecord>> records() {
    return odds().flatMap(this::matches);
  }

  private Mono<List<MatchRecord>> matches(Map<Long, List<OddsQuote>> oddsByMatch) {
    return db.sql("SELECT m.id, l.code AS league, s.code AS season, m.match_date, m.kickoff_at, h.name AS home,"
            + " a.name AS away, m.status, m.home_goals, m.away_goals, m.home_goals_ht, m.away_goals_ht,"
            + " st.home_shots, st.away_shots, st.home_shots_on_target, st.away_shots_on_target, st.home_corners,"
            + " st.away_corners, st.home_fouls, st.away_fouls, st.home_yellow_cards, st.away_yellow_cards,"
            + " st.home_red_cards, st.away_red_cards FROM matches m JOIN league l ON l.id = m.league_id"
            + " JOIN season s ON s.id = m.season_id JOIN team h ON h.id = m.home_team_id"
            + " JOIN team a ON a.id = m.away_team_id"
            + " LEFT JOIN match_statistics st ON st.match_id = m.id AND st.source = 'football-data'")
        .map(row -> record(row, oddsByMatch.getOrDefault(row.get("id", Long.class), List.of())))
        .all()
        .collectList();
  }

  private Mono<Map<Long, List<OddsQuote>>> odds() {
    return db.sql("SELECT match_id, bookmaker, market, line, closing, home_price, draw_price, away_price,"
            + " over_price, under_price, yes_price, no_price, collected_at FROM odds")
        .map(row -> Map.entry(row.get("match_id", Long.class), quote(row)))
        .all()
        .collect(HashMap::new, (map, e) -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
  }

  private static MatchRecord record(Readable row, List<OddsQuote> odds) {
    MatchStatistics stats = new MatchStatistics(integer(row, "home_shots"), integer(row, "away_shots"),
        integer(row, "home_shots_on_target"), integer(row, "away_shots_on_target"), integer(row, "home_corners"),
        integer(row, "away_corners"), integer(row, "home_fouls"), integer(row, "away_fouls"),
        integer(row, "home_yellow_cards"), integer(row, "away_yellow_cards"), integer(row, "home_red_cards"),
        integer(row, "away_red_cards"), null, null);
    return new MatchRecord("database", "match " + row.get("id", Long.class), row.get("league", String.class),
        row.get("season", String.class), row.get("match_date", LocalDate.class),
        row.get("kickoff_at", LocalDateTime.class), row.get("home", String.class), row.get("away", String.class),
        MatchStatus.valueOf(row.get("status", String.class)), integer(row, "home_goals"), integer(row, "away_goals"),
        integer(row, "home_goals_ht"), integer(row, "away_goals_ht"), null, null, null, null, null,
        stats.isEmpty() ? null : stats, odds, null);
  }

  private static OddsQuote quote(Readable row) {
    Object closing = row.get("closing");
    boolean isClosing = closing instanceof Boolean b ? b : ((Number) closing).intValue() != 0;
    return new OddsQuote(row.get("bookmaker", String.class), Market.valueOf(row.get("market", String.class)),
        row.get("line", BigDecimal.class), isClosing, row.get("home_price", BigDecimal.class),
        row.get("draw_price", BigDecimal.class), row.get("away_price", BigDecimal.class),
        row.get("over_price", BigDecimal.class), row.get("under_price", BigDecimal.class),
        row.get("yes_price", BigDecimal.class), row.get("no_price", BigDecimal.class),
        row.get("collected_at", LocalDateTime.class));
  }

  private static Integer integer(Readable row, String column) {
    Object value = row.get(column);
    return value == null ? null : ((Number) value).intValue();
  }
}
