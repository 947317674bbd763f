package com.matchcast.betting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.Prediction;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The live ledger of picks on MiniSeason's match 9 (Arsenal v Tottenham, 2023-09-16), priced by
 * hand: a prediction makes each live strategy's picks at the prices of that moment, the result
 * settles them with the closing prices, and strategyRecord / valuePicks answer from the ledger.
 * On H2 and MariaDB.
 */
class PickLedgerTest {

  private static final double EXACT = 1e-9;
  private static final Instant PICKED = Instant.parse("2023-09-14T10:00:00Z");
  private static final Instant FULL_TIME = Instant.parse("2023-09-16T16:00:00Z");

  abstract static class Contract extends ApiTestSupport {

    @Autowired PickRecorder recorder;
    @Autowired com.matchcast.betting.persistence.PickStore store;

    @BeforeEach
    void pricesOfMatchNine() {
      graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
          .responseTimeout(Duration.ofSeconds(60)).build());
      db.sql("DELETE FROM value_pick").then().block();
      db.sql("INSERT INTO odds (match_id, source, bookmaker, market, line, closing, home_price, draw_price, "
          + "away_price) VALUES "
          + "(9, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, FALSE, 2.20, 3.70, 3.30), "
          + "(9, 'football-data', 'Pinnacle', 'ONE_X_TWO', NULL, FALSE, 2.30, 3.30, 3.20), "
          + "(9, 'football-data', 'Market Average', 'ONE_X_TWO', NULL, FALSE, 2.20, 3.35, 3.25), "
          + "(9, 'football-data', 'Pinnacle', 'ONE_X_TWO', NULL, TRUE, 2.00, 3.60, 3.90), "
          + "(9, 'football-data', 'Market Average', 'ONE_X_TWO', NULL, TRUE, 1.95, 3.50, 3.80)").then().block();
    }

    private static Prediction prediction(long id, String reason) {
      return new Prediction(id, 9, "E0", "2023-2024", LocalDate.of(2023, 9, 16), null, "Arsenal", "Tottenham",
          0.50, 0.26, 0.24, 1.6, 1.1, 0.52, 0.5, List.of(), 0.4, null, 1, "h".repeat(64), 0, reason, PICKED);
    }

    @Test
    void aPredictionMakesEachStrategysPicksOnceAndTheResultSettlesThem() {
      assertThat(recorder.pick(prediction(77, "prices moved")).block()).isEqualTo(3);
      // the same selections again: the first price taken stands
      assertThat(recorder.pick(prediction(78, "new results")).block()).isZero();
      assertThat(recorder.settle(new MatchUpdated(9, "E0", "Arsenal", "Tottenham", MatchStatus.FINISHED, 2, 1,
          FULL_TIME)).block()).isEqualTo(3);

      // value, 5%: home 0.50 x 2.30 (Pinnacle, the best) - 1 = 0.15; quarter Kelly 0.25 x 0.15 / 1.30 of 100
      double stake = 100 * 0.25 * 0.15 / 1.30;
      // closing average 1.95 / 3.50 / 3.80 without its margin
      double closingBook = 1 / 1.95 + 1 / 3.50 + 1 / 3.80;
      double closingHome = (1 / 1.95) / closingBook;
      var value = graphQl.documentName("valuePicks")
          .variable("filter", Map.of("strategy", "value-5%-kelly")).execute();
      value.path("valuePicks[*].selection").entityList(String.class).containsExactly("HOME_WIN");
      value.path("valuePicks[0].price").entity(Double.class).isEqualTo(2.30);
      value.path("valuePicks[0].bookmaker").entity(String.class).isEqualTo("Pinnacle");
      value.path("valuePicks[0].pickedAt").entity(String.class).isEqualTo("2023-09-14T10:00:00.000Z");
      value.path("valuePicks[0].status").entity(String.class).isEqualTo("WON");
      value.path("valuePicks[0].closingPrice").entity(Double.class).isEqualTo(2.00);
      value.path("valuePicks[0].match.homeTeam.name").entity(String.class).isEqualTo("Arsenal");
      assertThat(value.path("valuePicks[0].stake").entity(Double.class).get()).isCloseTo(stake, within(EXACT));
      assertThat(value.path("valuePicks[0].edge").entity(Double.class).get()).isCloseTo(0.15, within(EXACT));
      assertThat(value.path("valuePicks[0].clv").entity(Double.class).get())
          .isCloseTo(2.30 * closingHome - 1, within(EXACT));
      assertThat(value.path("valuePicks[0].profit").entity(Double.class).get()).isCloseTo(stake * 1.30, within(EXACT));

      var record = graphQl.documentName("strategyRecord").variable("strategy", "value-5%-kelly").execute();
      record.path("strategyRecord.settledPicks").entity(Integer.class).isEqualTo(1);
      record.path("strategyRecord.openPicks").entity(Integer.class).isEqualTo(0);
      record.path("strategyRecord.clvPicks").entity(Integer.class).isEqualTo(1);
      record.path("strategyRecord.bankrollCurve[*].date").entityList(String.class)
          .containsExactly("2023-09-15", "2023-09-16");
      assertThat(record.path("strategyRecord.bankroll").entity(Double.class).get())
          .isCloseTo(100 + stake * 1.30, within(EXACT));
      assertThat(record.path("strategyRecord.roi").entity(Double.class).get()).isCloseTo(1.30, within(EXACT));
      assertThat(record.path("strategyRecord.meanClv").entity(Double.class).get())
          .isCloseTo(2.30 * closingHome - 1, within(EXACT));
    }

    @Test
    void baselinesStakeOneUnitFlat() {
      recorder.pick(prediction(77, "prices moved")).block();
      recorder.settle(new MatchUpdated(9, "E0", "Arsenal", "Tottenham", MatchStatus.FINISHED, 2, 1, FULL_TIME)).block();
      // consensus: the draw's best price 3.70 (Bet365) x its de-margined average 1/3.35 / (1/2.20 + 1/3.35 + 1/3.25)
      // = 1.041 beats 1; home 2.30 x 0.4285 and away 3.30 x 0.2901 do not. Lost at 2-1.
      var consensus = graphQl.documentName("strategyRecord").variable("strategy", "consensus-0%-flat").execute();
      consensus.path("strategyRecord.settledPicks").entity(Integer.class).isEqualTo(1);
      assertThat(consensus.path("strategyRecord.profit").entity(Double.class).get()).isCloseTo(-1, within(EXACT));
      double closingBook = 1 / 1.95 + 1 / 3.50 + 1 / 3.80;
      assertThat(consensus.path("strategyRecord.meanClv").entity(Double.class).get())
          .isCloseTo(3.70 * (1 / 3.50) / closingBook - 1, within(EXACT));
      // the market's favourite is the home win, at the best price 2.30: won
      var favourite = graphQl.documentName("strategyRecord").variable("strategy", "market-favourite-flat").execute();
      assertThat(favourite.path("strategyRecord.profit").entity(Double.class).get()).isCloseTo(1.30, within(EXACT));
      assertThat(favourite.path("strategyRecord.bankroll").entity(Double.class).get()).isCloseTo(101.30, within(EXACT));
    }

    @Test
    void aResultSettledLaterOnTheClockIsNotKnownYet() {
      recorder.pick(prediction(77, "prices moved")).block();
      recorder.settle(new MatchUpdated(9, "E0", "Arsenal", "Tottenham", MatchStatus.FINISHED, 2, 1, FULL_TIME)).block();
      // as a replay started again sees it, one day before that full time
      Instant before = FULL_TIME.minusSeconds(86_400);
      assertThat(store.picks("value-5%-kelly", List.of(), before).map(p -> p.asOf(before)).collectList().block())
          .extracting(ValuePick::status, ValuePick::profit).containsExactly(tuple(ValuePick.Status.OPEN, null));
      assertThat(store.picks("value-5%-kelly", List.of(), FULL_TIME).map(p -> p.asOf(FULL_TIME)).collectList().block())
          .extracting(ValuePick::status).containsExactly(ValuePick.Status.WON);
    }

    @Test
    void theKickOffLookMakesNoPickAndAPostponementVoids() {
      assertThat(recorder.pick(prediction(79, "kick-off")).block()).isZero();
      recorder.pick(prediction(77, "prices moved")).block();
      recorder.settle(new MatchUpdated(9, "E0", "Arsenal", "Tottenham", MatchStatus.POSTPONED, null, null, FULL_TIME))
          .block();
      graphQl.documentName("valuePicks").execute()
          .path("valuePicks[*].status").entityList(String.class).containsExactly("VOID", "VOID", "VOID");
      var record = graphQl.documentName("strategyRecord").variable("strategy", "value-5%-kelly").execute();
      record.path("strategyRecord.settledPicks").entity(Integer.class).isEqualTo(0);
      record.path("strategyRecord.bankroll").entity(Double.class).isEqualTo(100.0);
      graphQl.documentName("strategyRecord").variable("strategy", "no-such-strategy").execute()
          .path("strategyRecord").valueIsNull();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
