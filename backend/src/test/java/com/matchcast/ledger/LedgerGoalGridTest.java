package com.matchcast.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.goals.AnchoredScoreGrid;
import com.matchcast.goals.ScoreGrid;
import com.matchcast.goals.ScoreGridParameters;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The exact-score grid a prediction was made with is kept beside its ledger row (V14), read back
 * bit for bit, unchangeable (V15), and served whole by Prediction.scoreGrid on both databases.
 */
class LedgerGoalGridTest {

  /** A grid as PredictionMaker fits one: a home favourite, 55% over 2.5 goals. */
  static final ScoreGridParameters FITTED = AnchoredScoreGrid.fitParameters(0.52, 0.23, 0.55, 1.6, 1.0);

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;
    HttpGraphQlTester graphQl;

    @BeforeEach
    void client() {
      graphQl = HttpGraphQlTester.create(
          WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
    }

    Prediction withGrid(long match, ScoreGridParameters grid) {
      Prediction p = LedgerPredictions.prediction(match, 0.52, 0.25, 0.23, Instant.parse("2024-08-16T12:00:00Z"));
      return new Prediction(p.id(), p.matchId(), p.league(), p.season(), p.date(), p.kickoff(), p.homeTeam(),
          p.awayTeam(), p.homeWin(), p.draw(), p.awayWin(), p.expectedHomeGoals(), p.expectedAwayGoals(), p.over25(),
          p.bothTeamsToScore(), p.topScores(), p.confidence(), p.market(), p.modelVersion(), p.inputsHash(),
          p.previousId(), p.reason(), p.createdAt(), grid);
    }

    @Test
    void theGridIsKeptWithThePredictionAndReadBackBitForBit() {
      Prediction recorded = ledger.record(withGrid(LedgerPredictions.unusedMatchId(), FITTED)).block();
      Prediction without = ledger.record(LedgerPredictions.prediction(LedgerPredictions.unusedMatchId(), 0.5, 0.3,
          0.2, Instant.parse("2024-08-16T12:00:00Z"))).block();

      assertThat(recorded.scoreGrid()).isEqualTo(FITTED);
      assertThat(ledger.scoreGrid(recorded.id()).block()).isEqualTo(FITTED);
      ScoreGridParameters read = ledger.scoreGrid(recorded.id()).block();
      assertThat(Double.doubleToLongBits(read.homeRate())).isEqualTo(Double.doubleToLongBits(FITTED.homeRate()));
      assertThat(Double.doubleToLongBits(read.awayRate())).isEqualTo(Double.doubleToLongBits(FITTED.awayRate()));
      assertThat(read.rho()).isEqualTo(-0.05);
      assertThat(read.maxGoals()).isEqualTo(10);
      assertThat(ledger.scoreGrid(without.id()).blockOptional()).as("recorded without a grid").isEmpty();
      // the row read back from the ledger does not carry it; the ledger keeps it beside the row
      assertThat(ledger.find(recorded.id()).block().scoreGrid()).isNull();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAKeptGrid() {
      Prediction recorded = ledger.record(withGrid(LedgerPredictions.unusedMatchId(), FITTED)).block();
      String refusal = "The prediction_goal_grid ledger is append-only";

      assertThatThrownBy(() -> db.sql("UPDATE prediction_goal_grid SET home_rate = 3 WHERE prediction_id = "
          + recorded.id()).fetch().rowsUpdated().block()).hasMessageContaining(refusal);
      assertThatThrownBy(() -> db.sql("DELETE FROM prediction_goal_grid WHERE prediction_id = " + recorded.id())
          .fetch().rowsUpdated().block()).hasMessageContaining(refusal);
      assertThat(ledger.scoreGrid(recorded.id()).block()).isEqualTo(FITTED);
    }

    @Test
    void theApiServesEveryCellOfTheKeptGridAndTheMassBeyondIt() {
      Prediction recorded = ledger.record(withGrid(LedgerPredictions.unusedMatchId(), FITTED)).block();
      Prediction without = ledger.record(LedgerPredictions.prediction(LedgerPredictions.unusedMatchId(), 0.5, 0.3,
          0.2, Instant.parse("2024-08-16T12:00:00Z"))).block();
      ScoreGrid grid = FITTED.grid();

      GraphQlTester.Response response = graphQl.document("""
          query($ids: [ID!]) { predictions(filter: {matchIds: $ids}) { edges { node { id
            scoreGrid { maxGoals beyond cells { home away probability } }
            three: scoreGrid(maxGoals: 3) { maxGoals beyond cells { home away probability } } } } } }""")
          .variable("ids", List.of(String.valueOf(recorded.matchId()), String.valueOf(without.matchId())))
          .execute();

      // newest first: the prediction without a kept grid, then the one with
      response.path("predictions.edges[0].node.scoreGrid").valueIsNull();
      response.path("predictions.edges[1].node.scoreGrid.maxGoals").entity(Integer.class).isEqualTo(5);
      List<Map<String, Object>> cells = response.path("predictions.edges[1].node.scoreGrid.cells")
          .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {}).get();
      assertThat(cells).hasSize(36);
      double shown = 0;
      for (int h = 0; h <= 5; h++) {
        for (int a = 0; a <= 5; a++) {
          Map<String, Object> cell = cells.get(h * 6 + a);
          assertThat(cell.get("home")).isEqualTo(h);
          assertThat(cell.get("away")).isEqualTo(a);
          assertThat(((Number) cell.get("probability")).doubleValue()).as(h + "-" + a)
              .isEqualTo(grid.probability(h, a));
          shown += grid.probability(h, a);
        }
      }
      double beyond = 0;
      for (int h = 0; h <= 10; h++) {
        for (int a = 0; a <= 10; a++) {
          beyond += h > 5 || a > 5 ? grid.probability(h, a) : 0;
        }
      }
      double served = response.path("predictions.edges[1].node.scoreGrid.beyond").entity(Double.class).get();
      assertThat(served).isEqualTo(beyond).isGreaterThan(0);
      assertThat(shown + served).isCloseTo(1.0, within(1e-12));
      // the grid's top cell is the likeliest score, 1-0 for this home favourite, and it matches the markets
      assertThat(grid.homeWin()).isCloseTo(0.52, within(0.02));
      response.path("predictions.edges[1].node.three.cells").entityList(Object.class).hasSize(16);
      double beyondThree = 0;
      for (int h = 0; h <= 10; h++) {
        for (int a = 0; a <= 10; a++) {
          beyondThree += h > 3 || a > 3 ? grid.probability(h, a) : 0;
        }
      }
      response.path("predictions.edges[1].node.three.beyond").entity(Double.class).isEqualTo(beyondThree);
    }

    @Test
    void aCutOutsideTheGridIsRefusedClearly() {
      Prediction recorded = ledger.record(withGrid(LedgerPredictions.unusedMatchId(), FITTED)).block();
      graphQl.document("query($ids: [ID!]) { predictions(filter: {matchIds: $ids}) { edges { node {"
              + " scoreGrid(maxGoals: 11) { maxGoals } } } } }")
          .variable("ids", List.of(String.valueOf(recorded.matchId()))).execute().errors()
          .expect(e -> e.getMessage().equals("'maxGoals' must be between 0 and 10, got 11.")).verify();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
