package com.matchcast.ingest.oddsapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.catalog.TeamDirectory;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.FixedClockConfiguration;
import com.matchcast.support.ProviderStub;
import com.matchcast.support.SeededTeams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Odds API collector against a local server speaking The Odds API v4, storing into H2. */
@EmbeddedDatabaseTest
@Import(FixedClockConfiguration.class)
class OddsApiCollectorTest {

  static final String ODDS = "/v4/sports/soccer_epl/odds?regions=uk,eu&markets=h2h,totals&oddsFormat=decimal&dateFormat=iso";
  static final String SCORES = "/v4/sports/soccer_epl/scores?daysFrom=3&dateFormat=iso";
  static final MockWebServer server = new MockWebServer();
  static final ProviderStub stub = new ProviderStub(Map.of("x-requests-remaining", "480", "x-requests-used", "20",
      "x-requests-last", "2"))
      .route(ODDS, "odds-api/soccer_epl-odds.json")
      .route(SCORES, "odds-api/soccer_epl-scores.json");

  @DynamicPropertySource
  static void providerOnLocalhost(DynamicPropertyRegistry registry) throws Exception {
    server.setDispatcher(stub);
    server.start();
    registry.add("matchcast.sources.odds-api.base-url", () -> server.url("/v4").toString());
    registry.add("matchcast.sources.odds-api.api-key", () -> "odds-key");
    registry.add("matchcast.sources.odds-api.leagues", () -> "E0");
    registry.add("matchcast.sources.odds-api.initial-backoff", () -> "5ms");
    registry.add("matchcast.sources.odds-api.requests-per-minute", () -> "6000");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Autowired OddsApiCollector collector;
  @Autowired TeamDirectory directory;
  @Autowired DatabaseClient db;

  @BeforeEach
  void seedClubs() {
    SeededTeams.seed(directory, "England", "Man United", "Manchester United");
    SeededTeams.seed(directory, "England", "Fulham");
    SeededTeams.seed(directory, "England", "Arsenal");
    SeededTeams.seed(directory, "England", "Brighton", "Brighton and Hove Albion");
    SeededTeams.seed(directory, "England", "Chelsea");
  }

  @Test
  void storesTheOddsBoardAndCompletedResultsWithTheirQuota() {
    List<IngestRunSummary> runs = collector.incrementalSync().collectList().block();

    assertThat(runs).extracting(IngestRunSummary::status).doesNotContain(IngestStatus.FAILED);
    List<Map<String, Object>> odds = db.sql("SELECT o.market, o.bookmaker, o.home_price, o.draw_price, o.away_price,"
            + " o.line, o.collected_at FROM odds o JOIN match_source s ON s.match_id = o.match_id"
            + " WHERE s.source = 'odds-api' AND s.external_id = 'e912304de2b2ce35b473ce2ecd3d1502' ORDER BY o.market")
        .fetch().all().collectList().block();
    assertThat(odds).extracting(o -> o.get("market")).containsExactly("ONE_X_TWO", "OVER_UNDER");
    assertThat(odds.get(0)).containsEntry("bookmaker", "William Hill");
    assertThat((BigDecimal) odds.get(0).get("away_price")).isEqualByComparingTo("6.5");
    assertThat((BigDecimal) odds.get(1).get("line")).isEqualByComparingTo("2.5");
    assertThat(odds.get(1).get("collected_at").toString()).startsWith("2024-10-18T09:10:02");
    Map<String, Object> result = db.sql("SELECT m.status, m.home_goals, m.away_goals FROM matches m"
        + " JOIN match_source s ON s.match_id = m.id WHERE s.external_id = 'bd7c5e1b39b1c4d2a5c1f7ad0e4f3c21'")
        .fetch().one().block();
    assertThat(result).containsEntry("status", "FINISHED");
    assertThat(((Number) result.get("home_goals")).intValue()).isEqualTo(2);
    assertThat(collector.settings().hasApiKey()).isTrue();
  }

  @Test
  void anUnknownTeamNameRejectsTheEventAndIsReported() {
    collector.incrementalSync().collectList().block();

    List<String> reasons = db.sql("SELECT r.reason FROM rejected_row r JOIN ingest_run i ON i.id = r.run_id"
        + " WHERE i.source = 'odds-api'").map(row -> row.get("reason", String.class)).all().collectList().block();
    assertThat(reasons).anyMatch(r -> r.startsWith("unknown team: Newcastle Utd Women"));
    assertThat(db.sql("SELECT COUNT(*) AS n FROM unmatched_team_name WHERE source = 'odds-api'"
        + " AND name = 'Newcastle Utd Women'").map(row -> row.get("n", Long.class)).one().block()).isEqualTo(1);
  }

  @Test
  void aBadKeyFailsTheRunWithoutRetrying() {
    int before = stub.hits(ODDS);
    stub.queue(ODDS, stub.json(401, "{\"message\":\"API key is not valid\",\"error_code\":\"INVALID_KEY\"}"));

    IngestRunSummary run = collector.incrementalSync().collectList().block().get(0);

    assertThat(run.status()).isEqualTo(IngestStatus.FAILED);
    assertThat(run.message()).contains("HTTP 401", "INVALID_KEY");
    assertThat(stub.hits(ODDS) - before).isEqualTo(1);
  }

  @Test
  void exceededFrequencyIsRetriedAndBadParametersAreNot() {
    stub.queue(ODDS, stub.json(429, "{\"message\":\"EXCEEDED_FREQ_LIMIT\"}"));
    stub.queue(SCORES, stub.json(422, "{\"message\":\"Invalid daysFrom\",\"error_code\":\"INVALID_SCORES_DAYS_FROM\"}"));

    List<IngestRunSummary> runs = collector.incrementalSync().collectList().block();

    assertThat(runs.get(0).status()).isIn(IngestStatus.SUCCEEDED, IngestStatus.UNCHANGED);
    assertThat(runs.get(1).status()).isEqualTo(IngestStatus.FAILED);
    assertThat(runs.get(1).message()).contains("HTTP 422");
  }
}
