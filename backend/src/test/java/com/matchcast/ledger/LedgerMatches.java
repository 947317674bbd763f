package com.matchcast.ledger;

import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.market.Bookmakers;
import com.matchcast.prediction.Prediction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Matches to score, stored through the real ingest store, each test in an E0 season of its own
 * (1971 on: the ingest tests use the 1900s) so that scores and track records of other tests
 * never mix in.
 */
final class LedgerMatches {

  /**
   * Tests that store matches run in Spring contexts of their own. The ingest store's club
   * directory caches club ids; the API tests wipe the shared database and re-seed it (MiniSeason),
   * so a cache warmed here before such a wipe would make later imports in the shared context
   * point at clubs that are gone.
   */
  static final String OWN_CONTEXT = "matchcast.test.context=ledger-matches";

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(1971);

  final int year = NEXT_YEAR.getAndIncrement();
  final String season = year + "-" + (year + 1);
  private final IngestStore store;
  private final DatabaseClient db;

  LedgerMatches(IngestStore store, DatabaseClient db) {
    this.store = store;
    this.db = db;
  }

  /** Stores the match as football-data would report it; returns its id. */
  long store(String home, String away, LocalDate date, LocalDateTime kickoff, MatchStatus status, Integer homeGoals,
      Integer awayGoals, OddsQuote... odds) {
    String result = homeGoals == null ? null : homeGoals > awayGoals ? "H" : homeGoals.equals(awayGoals) ? "D" : "A";
    String target = "E0/" + UUID.randomUUID() + ".csv";
    MatchRecord record = new MatchRecord("football-data", target + ":2", "E0", season, date, kickoff, home, away,
        status, homeGoals, awayGoals, null, null, result, null, null, null, null, null, List.of(odds),
        home + "," + away);
    var run = store.store(new SourceBatch("football-data", target, target, List.of(record), List.of())).block();
    if (run.status() != IngestStatus.SUCCEEDED || run.inserted() + run.updated() != 1) {
      throw new IllegalStateException("match not stored: " + run.message() + " " + run.rejectsByReason());
    }
    return db.sql("SELECT m.id FROM matches m JOIN season s ON s.id = m.season_id JOIN team h ON h.id = m.home_team_id"
            + " WHERE s.code = :season AND h.name = :home AND m.match_date = :date")
        .bind("season", season).bind("home", home).bind("date", date)
        .map(row -> row.get("id", Long.class)).one().block();
  }

  LocalDate day(int month, int dayOfMonth) {
    return LocalDate.of(month >= 7 ? year : year + 1, month, dayOfMonth);
  }

  Instant at(int month, int dayOfMonth, int hour) {
    return day(month, dayOfMonth).atTime(hour, 0).toInstant(java.time.ZoneOffset.UTC);
  }

  /** A prediction of the stored match, in this season. */
  Prediction prediction(long matchId, LocalDate date, double home, double draw, double away, long modelVersion,
      Instant createdAt) {
    return new Prediction(0, matchId, "E0", season, date, null, "Home", "Away", home, draw, away, 1.4, 1.1, 0.5, 0.5,
        List.of(), 0.3, null, modelVersion, "e".repeat(64), 0, "first forecast", createdAt);
  }

  static OddsQuote oneXTwo(String bookmaker, boolean closing, String home, String draw, String away) {
    return OddsQuote.oneXTwo(bookmaker, closing, new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away),
        null);
  }

  static final String AVERAGE = Bookmakers.MARKET_AVERAGE;
  static final String PINNACLE = Bookmakers.PINNACLE;
  static final String BET365 = Bookmakers.BET365;
}
