package com.matchcast.ingest.apifootball;

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
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** API-Football collector against a local server speaking API-Football v3, storing into H2. */
@EmbeddedDatabaseTest
@Import(FixedClockConfiguration.class)
class ApiFootballCollectorTest {

  static final String FIXTURES = "/v3/fixtures?league=39&season=2024";
  static final MockWebServer server = new MockWebServer();
  static final ProviderStub stub = new ProviderStub(Map.of("x-ratelimit-requests-limit", "7500",
      "x-ratelimit-requests-remaining", "7412", "X-RateLimit-Limit", "300", "X-RateLimit-Remaining", "299"))
      .route(FIXTURES, "api-football/fixtures-39-2024-page1.json")
      .route(FIXTURES + "&page=2", "api-football/fixtures-39-2024-page2.json")
      .route("/v3/odds?league=39&season=2024", "api-football/odds-39-2024-page1.json")
      .route("/v3/standings?league=39&season=2024", "api-football/standings-39-2024.json")
      .route("/v3/injuries?league=39&season=2024", "api-football/injuries-39-2024.json")
      .route("/v3/teams?league=39&season=2024", "api-football/teams-39-2024.json")
      .route("/v3/fixtures?league=140&season=2024", "api-football/errors-bad-key.json");

  @DynamicPropertySource
  static void providerOnLocalhost(DynamicPropertyRegistry registry) throws Exception {
    server.setDispatcher(stub);
    server.start();
    registry.add("matchcast.sources.api-football.base-url", () -> server.url("/v3").toString());
    registry.add("matchcast.sources.api-football.api-key", () -> "test-key");
    registry.add("matchcast.sources.api-football.leagues", () -> "E0");
    registry.add("matchcast.sources.api-football.read-timeout", () -> "400ms");
    registry.add("matchcast.sources.api-football.max-attempts", () -> "3");
    registry.add("matchcast.sources.api-football.initial-backoff", () -> "5ms");
    registry.add("matchcast.sources.api-football.requests-per-minute", () -> "6000");
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Autowired ApiFootballCollector collector;
  @Autowired TeamDirectory directory;
  @Autowired DatabaseClient db;

  @BeforeEach
  void seedClubs() {
    collector.settings().setLeagues(List.of("E0"));
    SeededTeams.seed(directory, "England", "Man United", "Manchester United");
    SeededTeams.seed(directory, "England", "Fulham");
    SeededTeams.seed(directory, "England", "Arsenal");
    SeededTeams.seed(directory, "England", "Brighton", "Brighton and Hove Albion");
    SeededTeams.seed(directory, "England", "Chelsea");
  }

  private IngestRunSummary fixturesRun(List<IngestRunSummary> runs) {
    return runs.stream().filter(r -> r.target().startsWith("/fixtures")).findFirst().orElseThrow();
  }

  @Test
  void storesPagedFixturesWithTheirOddsAndRejectsWhatCannotBeStored() {
    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isIn(IngestStatus.SUCCEEDED, IngestStatus.UNCHANGED);
    Map<String, Object> played = db.sql("SELECT m.status, m.home_goals, m.away_goals, m.home_goals_ht, m.kickoff_at,"
            + " m.venue, m.referee, m.match_date FROM matches m JOIN match_source s ON s.match_id = m.id"
            + " WHERE s.source = 'api-football' AND s.external_id = '1208021'").fetch().one().block();
    assertThat(played).containsEntry("status", "FINISHED").containsEntry("venue", "Old Trafford")
        .containsEntry("referee", "Robert Jones, England");
    assertThat(((Number) played.get("home_goals")).intValue()).isEqualTo(1);
    assertThat(((Number) played.get("home_goals_ht")).intValue()).isZero();
    assertThat(played.get("kickoff_at").toString()).startsWith("2024-08-16T19:00");

    List<Map<String, Object>> odds = db.sql("SELECT o.market, o.line, o.home_price, o.over_price, o.yes_price,"
            + " o.bookmaker, o.collected_at FROM odds o JOIN match_source s ON s.match_id = o.match_id"
            + " WHERE s.external_id = '1208150' ORDER BY o.market, o.line").fetch().all().collectList().block();
    assertThat(odds).extracting(o -> o.get("market"))
        .containsExactly("ASIAN_HANDICAP", "BTTS", "ONE_X_TWO", "OVER_UNDER", "OVER_UNDER");
    assertThat((BigDecimal) odds.get(0).get("line")).isEqualByComparingTo("-1");
    assertThat((BigDecimal) odds.get(2).get("home_price")).isEqualByComparingTo("1.50");
    assertThat((BigDecimal) odds.get(3).get("line")).isEqualByComparingTo("2.5");
    assertThat(odds.get(2).get("collected_at").toString()).startsWith("2024-10-17T08:01:27");

    assertThat(stub.hits(FIXTURES + "&page=2")).isPositive();
    assertThat(collector.settings().getApiKey()).isEqualTo("test-key");
  }

  @Test
  void aPartialResponseNeverRemovesWhatWasStored() {
    collector.incrementalSync().collectList().block();
    String partial = """
        {"get": "fixtures", "parameters": {"league": "39", "season": "2024"}, "errors": [], "results": 1,
         "paging": {"current": 1, "total": 1}, "response": [
          {"fixture": {"id": 1208021, "referee": null, "timezone": "UTC", "date": "2024-08-16T19:00:00+00:00",
            "timestamp": 1723834800, "venue": {"id": null, "name": null, "city": null},
            "status": {"long": "Time to be defined", "short": "TBD", "elapsed": null}},
           "league": {"id": 39, "name": "Premier League", "country": "England", "season": 2024,
            "round": "Regular Season - 1"},
           "teams": {"home": {"id": 33, "name": "Manchester United"}, "away": {"id": 36, "name": "Fulham"}},
           "goals": {"home": null, "away": null},
           "score": {"halftime": {"home": null, "away": null}, "fulltime": {"home": null, "away": null}}}]}
        """;
    stub.queue(FIXTURES, stub.json(200, partial));
    String stored = "SELECT m.status, m.home_goals, m.away_goals, m.home_goals_ht, m.venue, m.referee FROM matches m"
        + " JOIN match_source s ON s.match_id = m.id WHERE s.source = 'api-football' AND s.external_id = '1208021'";
    Map<String, Object> before = db.sql(stored).fetch().one().block();
    long matchesBefore = count("SELECT COUNT(*) AS n FROM match_source WHERE source = 'api-football'");

    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isEqualTo(IngestStatus.SUCCEEDED);
    assertThat(List.of(run.inserted(), run.updated(), run.unchanged())).containsExactly(0, 0, 1);
    assertThat(db.sql(stored).fetch().one().block()).isEqualTo(before)
        .containsEntry("status", "FINISHED").containsEntry("venue", "Old Trafford");
    assertThat(count("SELECT COUNT(*) AS n FROM match_source WHERE source = 'api-football'"))
        .as("fixtures the partial response left out stay stored").isEqualTo(matchesBefore);
    collector.incrementalSync().collectList().block();
  }

  @Test
  void unknownTeamAndMissingTeamAreRejectedAndTheNameIsReportedWithCandidates() {
    collector.incrementalSync().collectList().block();

    List<String> reasons = db.sql("SELECT r.reason FROM rejected_row r JOIN ingest_run i ON i.id = r.run_id"
            + " WHERE i.source = 'api-football' AND i.target LIKE '/fixtures%'")
        .map(row -> row.get("reason", String.class)).all().collectList().block();
    assertThat(reasons).anyMatch(r -> r.startsWith("unknown team: Fulham Athletic"));
    assertThat(reasons).anyMatch(r -> r.startsWith("missing teams"));
    Map<String, Object> unmatched = db.sql("SELECT candidates FROM unmatched_team_name"
        + " WHERE source = 'api-football' AND name = 'Fulham Athletic'").fetch().one().block();
    assertThat((String) unmatched.get("candidates")).contains("Fulham");
    assertThat(count("SELECT COUNT(*) AS n FROM team WHERE name = 'Fulham Athletic'")).isZero();
  }

  @Test
  void standingsAndInjuriesOfKnownClubsAreStored() {
    collector.incrementalSync().collectList().block();

    Map<String, Object> arsenal = db.sql("SELECT s.position, s.points, s.won, s.goals_for, s.form FROM standing_snapshot s"
        + " JOIN team t ON t.id = s.team_id WHERE t.name = 'Arsenal'").fetch().one().block();
    assertThat(((Number) arsenal.get("points")).intValue()).isEqualTo(17);
    assertThat(((Number) arsenal.get("goals_for")).intValue()).isEqualTo(15);
    assertThat(arsenal).containsEntry("form", "WDWWW");
    assertThat(count("SELECT COUNT(*) AS n FROM standing_snapshot")).as("the unknown club's row is skipped").isEqualTo(2);
    Map<String, Object> injury = db.sql("SELECT i.kind, i.reason, i.reported_for, i.match_id FROM injury i"
        + " JOIN team t ON t.id = i.team_id WHERE t.name = 'Man United' AND i.player_name = 'H. Maguire'").fetch().one().block();
    assertThat(injury).containsEntry("kind", "Missing Fixture").containsEntry("reason", "Knee Injury");
    assertThat(injury.get("match_id")).as("linked to the stored fixture").isNotNull();
  }

  @Test
  void anErrorReportedWithHttp200FailsTheRun() {
    collector.settings().setLeagues(List.of("SP1"));

    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isEqualTo(IngestStatus.FAILED);
    assertThat(run.message()).contains("provider error", "Missing application key");
  }

  @Test
  void serverErrorsAndTooManyRequestsAreRetried() {
    stub.queue(FIXTURES, stub.json(503, "{\"message\":\"Service Unavailable\"}"),
        new MockResponse.Builder().code(429).addHeader("Retry-After", "1").addHeader("X-RateLimit-Remaining", "0")
            .body("{\"errors\":{\"rateLimit\":\"Too many requests\"}}").build());
    int before = stub.hits(FIXTURES);

    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isIn(IngestStatus.SUCCEEDED, IngestStatus.UNCHANGED);
    assertThat(stub.hits(FIXTURES) - before).isEqualTo(3);
  }

  @Test
  void aTruncatedBodyFailsTheRunAndKeepsWhatWasStoredBefore() {
    collector.incrementalSync().collectList().block();
    long matches = count("SELECT COUNT(*) AS n FROM matches");
    String full = ProviderStub.read("api-football/fixtures-39-2024-page1.json");
    stub.queue(FIXTURES, stub.json(200, full.substring(0, full.length() / 2)));

    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isEqualTo(IngestStatus.FAILED);
    assertThat(run.message()).contains("malformed body", "invalid JSON");
    assertThat(count("SELECT COUNT(*) AS n FROM matches")).isEqualTo(matches).isPositive();
    assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN match_source s ON s.match_id = m.id"
        + " WHERE s.external_id = '1208021' AND m.home_goals = 1")).isEqualTo(1);
  }

  @Test
  void aServerSlowerThanTheReadTimeoutFailsTheRunAfterItsAttempts() {
    MockResponse slow = new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build();
    stub.queue(FIXTURES, slow, slow, slow);

    IngestRunSummary run = fixturesRun(collector.incrementalSync().collectList().block());

    assertThat(run.status()).isEqualTo(IngestStatus.FAILED);
    assertThat(run.message()).contains("timeout", "after 3 attempts");
  }

  @Test
  void fullSyncLearnsTheProviderSpellingAndIdOfKnownClubs() {
    collector.fullSync().collectList().block();

    assertThat(count("SELECT COUNT(*) AS n FROM team_alias a JOIN team t ON t.id = a.team_id"
        + " WHERE a.source = 'api-football' AND t.name = 'Arsenal' AND a.external_id = '42'")).isEqualTo(1);
    assertThat(collector.isActive()).isTrue();
  }

  private long count(String sql) {
    return db.sql(sql).map(row -> row.get("n", Long.class)).one().block();
  }
}
