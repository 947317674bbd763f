package com.matchcast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Prediction.confidenceRank over GraphQL on both databases, in a database of its own (the rank
 * counts every scored forecast). Ten matches on 1 to 10 August, kick-off 14:00 UTC, each forecast
 * (0.5, 0.3, 0.2) the day before with confidence 0.01 to 0.10; the home side wins except on 3, 6,
 * 8 and 9 August (away wins: RPS (0.25 + 0.64) / 2 = 0.445; a home win: 0.145). A postponed
 * match is voided and counts nowhere.
 */
class LedgerConfidenceRankApiTest {

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired LedgerScorer scorer;
    @Autowired IngestStore store;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;

    @Test
    void theRankCountsOnlyForecastsScoredBeforeThePredictionWasMade() {
      LedgerMatches matches = new LedgerMatches(store, db);
      HttpGraphQlTester graphQl = HttpGraphQlTester.create(
          WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
      List<Integer> awayWins = List.of(3, 6, 8, 9);
      for (int day = 1; day <= 10; day++) {
        boolean even = day % 2 == 0;
        boolean away = awayWins.contains(day);
        long match = matches.store(even ? "Chelsea" : "Arsenal", even ? "Arsenal" : "Chelsea", matches.day(8, day),
            matches.day(8, day).atTime(14, 0), MatchStatus.FINISHED, away ? 0 : 2, away ? 1 : 0);
        ledger.record(confident(matches.prediction(match, matches.day(8, day), 0.5, 0.3, 0.2, 7,
            matches.at(8, day, 12).minusSeconds(86_400)), day / 100.0)).block();
        scorer.scoreFinished(match).block();
      }
      long postponed = matches.store("Arsenal", "Chelsea", matches.day(8, 11), null, MatchStatus.POSTPONED, null, null);
      ledger.record(confident(matches.prediction(postponed, matches.day(8, 11), 0.5, 0.3, 0.2, 7,
          matches.at(8, 10, 20)), 0.2)).block();
      scorer.voidMatch(postponed, "postponed").block();

      // made long after: every scored forecast counts; 0.075 is above seven of ten
      Map<String, Object> late = rank(graphQl, ledger.record(confident(matches.prediction(
          LedgerPredictions.unusedMatchId(), matches.day(8, 25), 0.5, 0.3, 0.2, 7, matches.at(8, 20, 12)), 0.075))
          .block());
      assertThat(late.get("forecasts")).isEqualTo(10);
      assertThat(((Number) late.get("below")).doubleValue()).isEqualTo(0.7);
      // fifths {0.01, 0.02} {0.03, 0.04} {0.05, 0.06} {0.07, 0.08} {0.09, 0.10}: the fourth, a home win and an away win
      assertThat(late.get("fifth")).isEqualTo(4);
      assertThat(((Number) late.get("lower")).doubleValue()).isEqualTo(0.07);
      assertThat(((Number) late.get("upper")).doubleValue()).isEqualTo(0.08);
      assertThat(late.get("matches")).isEqualTo(2);
      assertThat(((Number) late.get("accuracy")).doubleValue()).isEqualTo(0.5);
      assertThat(((Number) late.get("meanRps")).doubleValue()).isCloseTo((0.145 + 0.445) / 2, within(1e-12));

      // made on 5 August at 20:00: only the matches of 1 to 4 August were known (not 5 August's, played that
      // day; never the later ones), too few for fifths
      Map<String, Object> early = rank(graphQl, ledger.record(confident(matches.prediction(
          LedgerPredictions.unusedMatchId(), matches.day(8, 6), 0.5, 0.3, 0.2, 7, matches.at(8, 5, 20)), 0.025))
          .block());
      assertThat(early).isEqualTo(Map.of("forecasts", 4, "below", 0.5, "matches", 0)
          .entrySet().stream().collect(java.util.HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()),
              java.util.HashMap::putAll));
    }

    static Map<String, Object> rank(HttpGraphQlTester graphQl, Prediction p) {
      return graphQl.document("""
              query($ids: [ID!]) { predictions(filter: {matchIds: $ids}) { edges { node {
                confidenceRank { forecasts below fifth lower upper matches accuracy meanRps } } } } }""")
          .variable("ids", List.of(String.valueOf(p.matchId()))).execute()
          .path("predictions.edges[0].node.confidenceRank")
          .entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {}).get()
          .entrySet().stream().filter(e -> e.getValue() != null)
          .collect(java.util.HashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), java.util.HashMap::putAll);
    }

    static Prediction confident(Prediction p, double confidence) {
      return new Prediction(p.id(), p.matchId(), p.league(), p.season(), p.date(), p.kickoff(), p.homeTeam(),
          p.awayTeam(), p.homeWin(), p.draw(), p.awayWin(), p.expectedHomeGoals(), p.expectedAwayGoals(), p.over25(),
          p.bothTeamsToScore(), p.topScores(), confidence, p.market(), p.modelVersion(), p.inputsHash(),
          p.previousId(), p.reason(), p.createdAt());
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = "matchcast.test.context=confidence-rank")
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = "matchcast.test.context=confidence-rank")
  class OnMariaDb extends Contract {}
}
