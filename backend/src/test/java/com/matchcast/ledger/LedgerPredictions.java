package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.Prediction.MarketView;
import com.matchcast.prediction.Prediction.ScoreProbability;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Predictions to record in ledger tests, and match ids no other test uses. */
final class LedgerPredictions {

  /** Ledger tests may record predictions of matches that do not exist: the ledger has no foreign key to matches. */
  private static final AtomicLong NEXT_MATCH = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

  private LedgerPredictions() {}

  static long unusedMatchId() {
    return NEXT_MATCH.getAndAdd(1);
  }

  static Prediction prediction(long matchId, LocalDate date, double home, double draw, double away, Instant createdAt,
      String reason) {
    return new Prediction(0, matchId, "E0", "2024-2025", date, date.atTime(15, 0), "Arsenal", "Chelsea", home, draw,
        away, 1.6, 1.1, 0.52, 0.55,
        List.of(new ScoreProbability(1, 0, 0.11), new ScoreProbability(1, 1, 0.105), new ScoreProbability(2, 1, 0.09)),
        0.42, new MarketView(0.48, 0.27, 0.25, 0.051), 7, "c".repeat(64), 0, reason, createdAt);
  }

  static Prediction prediction(long matchId, double home, double draw, double away, Instant createdAt) {
    return prediction(matchId, LocalDate.of(2024, 8, 17), home, draw, away, createdAt, "first forecast");
  }

  /** A prediction with every optional part absent and numbers with more decimals than the ledger keeps. */
  static Prediction bare(long matchId, Instant createdAt) {
    return new Prediction(0, matchId, "SP1", "2024-2025", LocalDate.of(2024, 9, 1), null, "Real Madrid, CF",
        "Girona \"FC\"", 0.123456789012, 0.3, 0.576543210988, 1.23456789012345, 0.9, 0.4, 0.45, List.of(), 0.1, null,
        8, "d".repeat(64), 0, "prices moved | by 2 pp", createdAt);
  }

  static LocalDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute);
  }
}
