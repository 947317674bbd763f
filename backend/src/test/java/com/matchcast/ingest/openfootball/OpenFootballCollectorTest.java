package com.matchcast.ingest.openfootball;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.catalog.TeamDirectory;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.FixedClockConfiguration;
import com.matchcast.support.ProviderStub;
import com.matchcast.support.SeededTeams;
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

/** openfootball collector reading both football.json shapes from a local server, storing into H2. */
@EmbeddedDatabaseTest
@Import(FixedClockConfiguration.class)
class OpenFootballCollectorTest {

  static final MockWebServer server = new MockWebServer();
  static final ProviderStub stub = new ProviderStub(Map.of())
      .route("/of/2024-25/en.1.json", "openfootball/2024-25-en.1.json")
      .route("/of/2015-16/en.1.json", "openfootball/2015-16-en.1.json");

  @DynamicPropertySource
  static void providerOnLocalhost(DynamicPropertyRegistry registry) throws Exception {
    server.setDispatcher(stub);
    server.start();
    registry.add("matchcast.sources.open-football.base-url", () -> server.url("/of").toString());
    registry.add("matchcast.sources.open-football.leagues", () -> "E0");
    registry.add("matchcast.sources.open-football.seasons", () -> "2015");
    registry.add("matchcast.sources.open-football.initial-backoff", () -> "5ms");
    registry.add("matchcast.sources.open-football.requests-per-minute", () -> "6000");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Autowired OpenFootballCollector collector;
  @Autowired TeamDirectory directory;
  @Autowired DatabaseClient db;

  @BeforeEach
  void seedClubs() {
    SeededTeams.seed(directory, "England", "Man United", "Manchester United");
    SeededTeams.seed(directory, "England", "Fulham");
    SeededTeams.seed(directory, "England", "Arsenal");
    SeededTeams.seed(directory, "England", "Chelsea");
    SeededTeams.seed(directory, "England", "Tottenham", "Tottenham Hotspur");
    SeededTeams.seed(directory, "England", "Swansea");
  }

  @Test
  void fullSyncReadsOldAndCurrentShapes() {
    List<IngestRunSummary> runs = collector.fullSync().collectList().block();

    assertThat(runs).extracting(IngestRunSummary::target).containsExactly("/2015-16/en.1.json", "/2024-25/en.1.json");
    assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN season s ON s.id = m.season_id"
        + " WHERE s.code = '2015-2016' AND m.status = 'FINISHED'")).isEqualTo(2);
    Map<String, Object> opener = db.sql("SELECT m.status, m.home_goals, m.away_goals, m.kickoff_at FROM matches m"
        + " JOIN team t ON t.id = m.home_team_id WHERE t.name = 'Man United' AND m.match_date = '2024-08-16'")
        .fetch().one().block();
    assertThat(opener).containsEntry("status", "FINISHED");
    assertThat(((Number) opener.get("home_goals")).intValue()).isEqualTo(1);
    assertThat(opener.get("kickoff_at").toString()).as("20:00 in London is 19:00 UTC").startsWith("2024-08-16T19:00");
    assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN team t ON t.id = m.home_team_id"
        + " WHERE t.name = 'Arsenal' AND m.status = 'SCHEDULED'")).isEqualTo(1);
  }

  @Test
  void promotedClubsUnknownToTheDirectoryAreRejectedNotCreated() {
    collector.incrementalSync().collectList().block();

    assertThat(count("SELECT COUNT(*) AS n FROM unmatched_team_name WHERE source = 'openfootball'"
        + " AND name = 'Salford City FC'")).isEqualTo(1);
    assertThat(count("SELECT COUNT(*) AS n FROM rejected_row WHERE reason LIKE 'unknown team: Salford City FC%'"))
        .isPositive();
    assertThat(count("SELECT COUNT(*) AS n FROM team WHERE name LIKE 'Salford%'")).isZero();
  }

  @Test
  void aFileWhoseResultsAreMissingKeepsTheStoredResults() {
    collector.fullSync().collectList().block();
    stub.queue("/of/2015-16/en.1.json", stub.json(200, """
        {"name": "English Premier League 2015/16", "rounds": [{"name": "Matchday 1", "matches": [
          {"date": "2015-08-08", "team1": {"key": "manutd", "name": "Manchester United", "code": "MUN"},
           "team2": {"key": "tottenham", "name": "Tottenham Hotspur", "code": "TOT"}}]}]}
        """));

    IngestRunSummary run = collector.fullSync().collectList().block().get(0);

    assertThat(run.target()).isEqualTo("/2015-16/en.1.json");
    assertThat(List.of(run.inserted(), run.updated(), run.unchanged())).containsExactly(0, 0, 1);
    assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN season s ON s.id = m.season_id"
        + " WHERE s.code = '2015-2016' AND m.status = 'FINISHED' AND m.home_goals IS NOT NULL")).isEqualTo(2);
    collector.fullSync().collectList().block();
  }

  @Test
  void aMissingSeasonFileFailsOnlyItsRun() {
    collector.settings().setSeasons(List.of(2015, 2016));

    List<IngestRunSummary> runs = collector.fullSync().collectList().block();

    collector.settings().setSeasons(List.of(2015));
    assertThat(runs).extracting(IngestRunSummary::status)
        .containsExactly(IngestStatus.UNCHANGED, IngestStatus.FAILED, IngestStatus.UNCHANGED);
    assertThat(runs.get(1).message()).contains("/2016-17/en.1.json", "HTTP 404");
  }

  private long count(String sql) {
    return db.sql(sql).map(row -> row.get("n", Long.class)).one().block();
  }
}
