package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerMatches.AVERAGE;
import static com.matchcast.ledger.LedgerMatches.BET365;
import static com.matchcast.ledger.LedgerMatches.PINNACLE;
import static com.matchcast.ledger.LedgerMatches.oneXTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/** Scoring finished matches and voiding postponed ones, on both databases. */
class LedgerScorerTest {

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired LedgerScorer scorer;
    @Autowired IngestStore store;
    @Autowired DatabaseClient db;
    LedgerMatches matches;

    @BeforeEach
    void newSeason() {
      matches = new LedgerMatches(store, db);
    }

    @Test
    void aFinishedMatchIsScoredOnceWithTheLastPredictionBeforeKickoffAgainstBothMarkets() {
      long match = matches.store("Arsenal", "Chelsea", matches.day(8, 12), matches.day(8, 12).atTime(14, 0),
          MatchStatus.FINISHED, 2, 1,
          oneXTwo(AVERAGE, true, "2.00", "3.40", "4.00"), oneXTwo(PINNACLE, true, "2.05", "3.50", "3.75"),
          oneXTwo(AVERAGE, false, "2.10", "3.30", "3.80"), oneXTwo(BET365, false, "2.20", "3.30", "3.50"));
      ledger.record(matches.prediction(match, matches.day(8, 12), 0.4, 0.3, 0.3, 7, matches.at(8, 10, 9))).block();
      Prediction lastBefore = ledger.record(matches.prediction(match, matches.day(8, 12), 0.5, 0.3, 0.2, 7,
          matches.at(8, 12, 13))).block();
      ledger.record(matches.prediction(match, matches.day(8, 12), 0.9, 0.05, 0.05, 7, matches.at(8, 12, 15))).block();

      scorer.scoreFinished(match).block();
      scorer.scoreFinished(match).block();

      assertThat(count("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match)).isEqualTo(1);
      Map<String, Object> score = db.sql("SELECT * FROM prediction_score WHERE match_id = " + match).fetch().one()
          .block();
      assertThat(number(score, "prediction_id")).isEqualTo(lastBefore.id());
      assertThat(number(score, "result")).isEqualTo(0);
      assertThat(number(score, "home_goals")).isEqualTo(2);
      assertThat(flag(score.get("voided"))).isFalse();
      // p = (0.5, 0.3, 0.2), home win: RPS = ((0.5 - 1)^2 + (0.8 - 1)^2) / 2 = 0.145.
      assertThat(decimal(score, "model_rps")).isEqualTo("0.1450000000");
      assertThat(decimal(score, "model_log_loss")).isEqualTo(tenDecimals(-Math.log(0.5)));
      assertThat(decimal(score, "model_brier")).isEqualTo("0.3800000000");

      // Closing: the closing average, de-margined by dividing 1/price by the book's sum.
      double book = 1 / 2.00 + 1 / 3.40 + 1 / 4.00;
      double home = (1 / 2.00) / book;
      double draw = (1 / 3.40) / book;
      double away = (1 / 4.00) / book;
      assertThat(score.get("closing_source")).isEqualTo("AvgC");
      assertThat(decimal(score, "closing_home_win")).isEqualTo(tenDecimals(home));
      assertThat(decimal(score, "closing_draw")).isEqualTo(tenDecimals(draw));
      assertThat(decimal(score, "closing_away_win")).isEqualTo(tenDecimals(away));
      assertThat(decimal(score, "closing_rps")).isEqualTo(
          tenDecimals((Math.pow(home - 1, 2) + Math.pow(home + draw - 1, 2)) / 2));
      assertThat(decimal(score, "closing_log_loss")).isEqualTo(tenDecimals(-Math.log(home)));
      assertThat(decimal(score, "closing_brier")).isEqualTo(
          tenDecimals(Math.pow(home - 1, 2) + draw * draw + away * away));
      double preBook = 1 / 2.10 + 1 / 3.30 + 1 / 3.80;
      assertThat(score.get("pre_match_source")).isEqualTo("Avg");
      assertThat(decimal(score, "pre_match_home_win")).isEqualTo(tenDecimals((1 / 2.10) / preBook));
      assertThat(decimal(score, "pre_match_rps")).isEqualTo(tenDecimals(
          (Math.pow((1 / 2.10) / preBook - 1, 2) + Math.pow((1 / 2.10 + 1 / 3.30) / preBook - 1, 2)) / 2));
    }

    @Test
    void aDateOnlyMatchIsScoredWithPredictionsBeforeItsDayAndTheFallbackMarkets() {
      long match = matches.store("Fulham", "Everton", matches.day(8, 13), null, MatchStatus.FINISHED, 0, 0,
          oneXTwo(PINNACLE, true, "2.50", "3.20", "3.00"), oneXTwo(BET365, false, "2.40", "3.25", "3.10"));
      Prediction eve = ledger.record(matches.prediction(match, matches.day(8, 13), 0.3, 0.4, 0.3, 7,
          matches.at(8, 12, 20))).block();
      ledger.record(matches.prediction(match, matches.day(8, 13), 0.6, 0.2, 0.2, 7, matches.at(8, 13, 10))).block();

      scorer.scoreFinished(match).block();

      Map<String, Object> score = db.sql("SELECT * FROM prediction_score WHERE match_id = " + match).fetch().one()
          .block();
      assertThat(number(score, "prediction_id")).as("match day without a kick-off time is already too late")
          .isEqualTo(eve.id());
      assertThat(number(score, "result")).isEqualTo(1);
      // p = (0.3, 0.4, 0.3), draw: RPS = ((0.3 - 0)^2 + (0.7 - 1)^2) / 2 = 0.09.
      assertThat(decimal(score, "model_rps")).isEqualTo("0.0900000000");
      assertThat(score.get("closing_source")).isEqualTo("PSC");
      assertThat(score.get("pre_match_source")).isEqualTo("B365");
      double book = 1 / 2.40 + 1 / 3.25 + 1 / 3.10;
      assertThat(decimal(score, "pre_match_draw")).isEqualTo(tenDecimals((1 / 3.25) / book));
    }

    @Test
    void aMatchWithoutAPredictionBeforeKickoffIsNotScored() {
      long match = matches.store("Burnley", "Luton", matches.day(8, 19), matches.day(8, 19).atTime(15, 0),
          MatchStatus.FINISHED, 1, 0);
      ledger.record(matches.prediction(match, matches.day(8, 19), 0.5, 0.3, 0.2, 7, matches.at(8, 19, 16))).block();

      scorer.scoreFinished(match).block();

      assertThat(count("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match)).isZero();
    }

    @Test
    void aPostponedMatchIsVoidedNotScoredAndItsRescheduledFixtureIsScoredFromFreshPredictions() {
      long match = matches.store("Brentford", "Wolves", matches.day(9, 14), matches.day(9, 14).atTime(14, 0),
          MatchStatus.POSTPONED, null, null);
      ledger.record(matches.prediction(match, matches.day(9, 14), 0.45, 0.3, 0.25, 7, matches.at(9, 10, 9))).block();
      Prediction voided = ledger.record(matches.prediction(match, matches.day(9, 14), 0.5, 0.3, 0.2, 7,
          matches.at(9, 13, 9))).block();

      scorer.voidMatch(match, "postponed").block();
      scorer.voidMatch(match, "postponed").block();
      assertThatThrownBy(() -> scorer.scoreFinished(match).block()).hasMessageContaining("POSTPONED, not finished");

      Map<String, Object> voidRow = db.sql("SELECT * FROM prediction_score WHERE match_id = " + match).fetch().one()
          .block();
      assertThat(count("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match)).isEqualTo(1);
      assertThat(flag(voidRow.get("voided"))).isTrue();
      assertThat(voidRow.get("void_reason")).isEqualTo("postponed");
      assertThat(number(voidRow, "prediction_id")).isEqualTo(voided.id());
      assertThat(voidRow.get("model_rps")).isNull();
      assertThat(ledger.history(match).collectList().block()).as("void predictions are kept").hasSize(2);

      // Rescheduled to the evening of the same day, predicted afresh, then played.
      matches.store("Brentford", "Wolves", matches.day(9, 14), matches.day(9, 14).atTime(19, 0),
          MatchStatus.FINISHED, 0, 2);
      Prediction fresh = ledger.record(matches.prediction(match, matches.day(9, 14), 0.2, 0.3, 0.5, 7,
          matches.at(9, 14, 17))).block();
      scorer.scoreFinished(match).block();

      Map<String, Object> scored = db.sql("SELECT * FROM prediction_score WHERE match_id = " + match
          + " AND voided = FALSE").fetch().one().block();
      assertThat(number(scored, "prediction_id")).isEqualTo(fresh.id());
      assertThat(number(scored, "result")).isEqualTo(2);
      // p = (0.2, 0.3, 0.5), away win: RPS = (0.2^2 + 0.5^2) / 2 = 0.145.
      assertThat(decimal(scored, "model_rps")).isEqualTo("0.1450000000");
      assertThat(scored.get("closing_source")).as("nobody priced it").isNull();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAScore() {
      long match = matches.store("Leeds", "Stoke", matches.day(10, 2), matches.day(10, 2).atTime(19, 45),
          MatchStatus.FINISHED, 1, 1);
      ledger.record(matches.prediction(match, matches.day(10, 2), 0.4, 0.3, 0.3, 7, matches.at(10, 1, 12))).block();
      scorer.scoreFinished(match).block();
      String refusal = "The prediction_score ledger is append-only";

      assertThatThrownBy(() -> db.sql("UPDATE prediction_score SET model_rps = 0 WHERE match_id = " + match)
          .fetch().rowsUpdated().block()).hasMessageContaining(refusal);
      assertThatThrownBy(() -> db.sql("DELETE FROM prediction_score WHERE match_id = " + match)
          .fetch().rowsUpdated().block()).hasMessageContaining(refusal);
      assertThat(count("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match
          + " AND model_rps > 0")).isEqualTo(1);
    }

    long count(String sql) {
      return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }

    static long number(Map<String, Object> row, String column) {
      return ((Number) row.get(column)).longValue();
    }

    static String decimal(Map<String, Object> row, String column) {
      return ((BigDecimal) row.get(column)).toPlainString();
    }

    static String tenDecimals(double value) {
      return BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_EVEN).toPlainString();
    }

    static boolean flag(Object value) {
      return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = LedgerMatches.OWN_CONTEXT)
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = LedgerMatches.OWN_CONTEXT)
  class OnMariaDb extends Contract {}
}
