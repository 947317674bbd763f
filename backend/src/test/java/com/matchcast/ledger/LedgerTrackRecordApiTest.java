package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerMatches.AVERAGE;
import static com.matchcast.ledger.LedgerMatches.BET365;
import static com.matchcast.ledger.LedgerMatches.oneXTwo;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * trackRecord over GraphQL on both databases, with figures worked out by hand. Market prices are
 * chosen with no margin (1/2 + 1/4 + 1/4 = 1) so the de-margined probabilities are the raw ones.
 *
 * <p>Match 1 (August, model version 12), home win: model (0.5, 0.3, 0.2): RPS 0.145, log loss
 * ln 2, Brier 0.38, right. Closing (0.5, 0.25, 0.25): RPS (0.25 + 0.0625) / 2 = 0.15625, log loss
 * ln 2, Brier 0.375. Pre-match B365 (0.25, 0.25, 0.5): RPS (0.5625 + 0.25) / 2 = 0.40625, log
 * loss ln 4, Brier 0.875, wrong.
 *
 * <p>Match 2 (September, model version 7), draw: model (0.2, 0.5, 0.3): RPS (0.04 + 0.09) / 2 =
 * 0.065, log loss ln 2, Brier 0.38, right. No closing prices. Pre-match average (0.25, 0.5,
 * 0.25): RPS (0.0625 + 0.0625) / 2 = 0.0625, log loss ln 2, Brier 0.375, right.
 *
 * <p>Match 3 is postponed and voided: it counts nowhere. The same two clubs play all three: the
 * ingest store admits a new club to a league season only while it plays as often as the others.
 */
class LedgerTrackRecordApiTest {

  static final double LN2 = Math.log(2);

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired LedgerScorer scorer;
    @Autowired IngestStore store;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    LedgerMatches matches;
    HttpGraphQlTester graphQl;

    @BeforeEach
    void scoreTwoMatchesAndVoidOne() {
      matches = new LedgerMatches(store, db);
      graphQl = HttpGraphQlTester.create(
          WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
      long first = matches.store("Arsenal", "Chelsea", matches.day(8, 20), matches.day(8, 20).atTime(14, 0),
          MatchStatus.FINISHED, 1, 0,
          oneXTwo(AVERAGE, true, "2.00", "4.00", "4.00"), oneXTwo(BET365, false, "4.00", "4.00", "2.00"));
      long second = matches.store("Chelsea", "Arsenal", matches.day(9, 3), matches.day(9, 3).atTime(14, 0),
          MatchStatus.FINISHED, 1, 1, oneXTwo(AVERAGE, false, "4.00", "2.00", "4.00"));
      long postponed = matches.store("Arsenal", "Chelsea", matches.day(9, 10), null, MatchStatus.POSTPONED, null, null);
      ledger.record(matches.prediction(first, matches.day(8, 20), 0.5, 0.3, 0.2, 12, matches.at(8, 19, 12))).block();
      ledger.record(matches.prediction(second, matches.day(9, 3), 0.2, 0.5, 0.3, 7, matches.at(9, 2, 12))).block();
      ledger.record(matches.prediction(postponed, matches.day(9, 10), 0.9, 0.05, 0.05, 7, matches.at(9, 9, 12)))
          .block();
      scorer.scoreFinished(first).block();
      scorer.scoreFinished(second).block();
      scorer.voidMatch(postponed, "postponed").block();
    }

    @Test
    void byLeagueTheModelAndBothMarketsAreScoredOnTheSameMatches() {
      GraphQlTester.Response response = graphQl.document("""
          query($season: String) { trackRecord(league: "E0", season: $season) { key matches
            model { matches rankedProbabilityScore logLoss brierScore accuracy }
            closingMarket { matches rankedProbabilityScore logLoss brierScore accuracy }
            preMatchMarket { matches rankedProbabilityScore logLoss brierScore accuracy }
            modelMinusClosingRps modelMinusPreMatchRps } }""").variable("season", matches.season).execute();

      response.path("trackRecord[*].key").entityList(String.class).containsExactly("E0");
      response.path("trackRecord[0].matches").entity(Integer.class).isEqualTo(2);
      response.path("trackRecord[0].model.matches").entity(Integer.class).isEqualTo(2);
      exactly(response, "trackRecord[0].model.rankedProbabilityScore", (0.145 + 0.065) / 2);
      exactly(response, "trackRecord[0].model.logLoss", LN2);
      exactly(response, "trackRecord[0].model.brierScore", 0.38);
      exactly(response, "trackRecord[0].model.accuracy", 1.0);
      response.path("trackRecord[0].closingMarket.matches").entity(Integer.class).isEqualTo(1);
      exactly(response, "trackRecord[0].closingMarket.rankedProbabilityScore", 0.15625);
      exactly(response, "trackRecord[0].closingMarket.logLoss", LN2);
      exactly(response, "trackRecord[0].closingMarket.brierScore", 0.375);
      exactly(response, "trackRecord[0].closingMarket.accuracy", 1.0);
      response.path("trackRecord[0].preMatchMarket.matches").entity(Integer.class).isEqualTo(2);
      exactly(response, "trackRecord[0].preMatchMarket.rankedProbabilityScore", (0.40625 + 0.0625) / 2);
      exactly(response, "trackRecord[0].preMatchMarket.logLoss", (2 * LN2 + LN2) / 2);
      exactly(response, "trackRecord[0].preMatchMarket.brierScore", (0.875 + 0.375) / 2);
      exactly(response, "trackRecord[0].preMatchMarket.accuracy", 0.5);
      exactly(response, "trackRecord[0].modelMinusClosingRps", 0.145 - 0.15625);
      exactly(response, "trackRecord[0].modelMinusPreMatchRps", (0.145 + 0.065) / 2 - (0.40625 + 0.0625) / 2);
    }

    @Test
    void byMonthAndByModelVersionInKeyOrderWithAnAbsentMarketAsNull() {
      GraphQlTester.Response byMonth = graphQl.document("""
          query($season: String) { trackRecord(season: $season, groupBy: MONTH) { key matches
            model { rankedProbabilityScore } closingMarket { matches } modelMinusClosingRps } }""")
          .variable("season", matches.season).execute();
      byMonth.path("trackRecord[*].key").entityList(String.class)
          .containsExactly(matches.year + "-08", matches.year + "-09");
      exactly(byMonth, "trackRecord[0].model.rankedProbabilityScore", 0.145);
      exactly(byMonth, "trackRecord[1].model.rankedProbabilityScore", 0.065);
      byMonth.path("trackRecord[1].closingMarket").valueIsNull();
      byMonth.path("trackRecord[1].modelMinusClosingRps").valueIsNull();

      GraphQlTester.Response byVersion = graphQl.document("""
          query($season: String) { trackRecord(season: $season, groupBy: MODEL_VERSION) { key matches } }""")
          .variable("season", matches.season).execute();
      byVersion.path("trackRecord[*].key").entityList(String.class) // versions sort as numbers, 7 before 12
          .containsExactly("7", "12");

      graphQl.document("""
          query($season: String) { trackRecord(season: $season, modelVersion: "12", groupBy: SEASON) { key matches } }""")
          .variable("season", matches.season).execute()
          .path("trackRecord[*].key").entityList(String.class).containsExactly(matches.season)
          .path("trackRecord[0].matches").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void anUnknownLeagueIsRefusedClearly() {
      graphQl.document("{ trackRecord(league: \"XX9\") { key } }").execute().errors()
          .expect(e -> e.getMessage().startsWith("Unknown league code 'XX9'")).verify();
    }

    /** Equal up to the last bits of double arithmetic: the API and the hand computation add in different orders. */
    static void exactly(GraphQlTester.Response response, String path, double expected) {
      response.path(path).entity(Double.class).satisfies(actual ->
          org.assertj.core.api.Assertions.assertThat(actual).isCloseTo(expected, within(1e-12)));
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
