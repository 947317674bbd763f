package com.matchcast.ingest.store;

import com.matchcast.matchdata.Market;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What is stored for matches a batch may change: the match row, and this source's statistics
 * and prices. A changed record is merged into it field by field, never written over it.
 */
final class StoredDetails {

  private static final int IDS_PER_STATEMENT = 1000;

  /** The match row's own columns. */
  record MatchValues(LocalDate date, LocalDateTime kickoff, MatchStatus status, Integer homeGoals, Integer awayGoals,
      Integer homeGoalsHalfTime, Integer awayGoalsHalfTime, String referee, String venue, Integer attendance) {}

  /** A stored price row and its id, so that a correction updates it in place. */
  record StoredQuote(long id, OddsQuote quote) {}

  /** Everything stored for one match and one source. */
  record Stored(MatchValues match, MatchStatistics statistics, List<StoredQuote> odds) {}

  private final Map<Long, MatchValues> matches = new HashMap<>();
  private final Map<Long, MatchStatistics> statistics = new HashMap<>();
  private final Map<Long, List<StoredQuote>> odds = new HashMap<>();

  Stored of(long matchId) {
    return new Stored(matches.get(matchId), statistics.get(matchId), odds.getOrDefault(matchId, List.of()));
  }

  static Mono<StoredDetails> load(DatabaseClient db, String source, List<Long> matchIds) {
    StoredDetails details = new StoredDetails();
    return Flux.range(0, (matchIds.size() + IDS_PER_STATEMENT - 1) / IDS_PER_STATEMENT)
        .map(chunk -> Bindings.idList(matchIds.subList(chunk * IDS_PER_STATEMENT,
            Math.min(matchIds.size(), (chunk + 1) * IDS_PER_STATEMENT))))
        .concatMap(ids -> details.loadMatches(db, ids)
            .then(details.loadStatistics(db, source, ids))
            .then(details.loadOdds(db, source, ids)))
        .then(Mono.just(details));
  }

  private Mono<Void> loadMatches(DatabaseClient db, String ids) {
    return db.sql("SELECT id, match_date, kickoff_at, status, home_goals, away_goals, home_goals_ht, away_goals_ht,"
            + " referee, venue, attendance FROM matches WHERE id IN (" + ids + ")")
        .map(row -> {
          matches.put(row.get("id", Long.class), new MatchValues(row.get("match_date", LocalDate.class),
              row.get("kickoff_at", LocalDateTime.class), MatchStatus.valueOf(row.get("status", String.class)),
              integer(row, "home_goals"), integer(row, "away_goals"), integer(row, "home_goals_ht"),
              integer(row, "away_goals_ht"), row.get("referee", String.class), row.get("venue", String.class),
              integer(row, "attendance")));
          return 1;
        })
        .all().then();
  }

  private Mono<Void> loadStatistics(DatabaseClient db, String source, String ids) {
    return db.sql("SELECT * FROM match_statistics WHERE source = :source AND match_id IN (" + ids + ")")
        .bind("source", source)
        .map(row -> {
          statistics.put(row.get("match_id", Long.class), new MatchStatistics(integer(row, "home_shots"),
              integer(row, "away_shots"), integer(row, "home_shots_on_target"), integer(row, "away_shots_on_target"),
              integer(row, "home_corners"), integer(row, "away_corners"), integer(row, "home_fouls"),
              integer(row, "away_fouls"), integer(row, "home_yellow_cards"), integer(row, "away_yellow_cards"),
              integer(row, "home_red_cards"), integer(row, "away_red_cards"),
              row.get("home_expected_goals", BigDecimal.class), row.get("away_expected_goals", BigDecimal.class)));
          return 1;
        })
        .all().then();
  }

  private Mono<Void> loadOdds(DatabaseClient db, String source, String ids) {
    return db.sql("SELECT id, match_id, bookmaker, market, line, closing, home_price, draw_price, away_price,"
            + " over_price, under_price, yes_price, no_price, collected_at FROM odds"
            + " WHERE source = :source AND match_id IN (" + ids + ") ORDER BY id")
        .bind("source", source)
        .map(row -> {
          OddsQuote quote = new OddsQuote(row.get("bookmaker", String.class),
              Market.valueOf(row.get("market", String.class)), row.get("line", BigDecimal.class),
              Boolean.TRUE.equals(row.get("closing", Boolean.class)), row.get("home_price", BigDecimal.class),
              row.get("draw_price", BigDecimal.class), row.get("away_price", BigDecimal.class),
              row.get("over_price", BigDecimal.class), row.get("under_price", BigDecimal.class),
              row.get("yes_price", BigDecimal.class), row.get("no_price", BigDecimal.class),
              row.get("collected_at", LocalDateTime.class));
          odds.computeIfAbsent(row.get("match_id", Long.class), id -> new ArrayList<>())
              .add(new StoredQuote(row.get("id", Long.class), quote));
          return 1;
        })
        .all().then();
  }

  /** SMALLINT and INT come back as different number types depending on the driver. */
  private static Integer integer(Readable row, String column) {
    Number value = row.get(column, Number.class);
    return value == null ? null : value.intValue();
  }
}
