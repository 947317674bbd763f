package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.FixedClockConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** football-data.co.uk's URL layout served by a local HTTP server, with the site's failure modes. */
@EmbeddedDatabaseTest
@Import(FixedClockConfiguration.class)
class FootballDataCollectorTest {

  static final MockWebServer server = new MockWebServer();
  static final Site site = new Site();

  @DynamicPropertySource
  static void siteOnLocalhost(DynamicPropertyRegistry registry) throws IOException {
    server.setDispatcher(site);
    server.start();
    registry.add("matchcast.sources.football-data.base-url", () -> server.url("/fd").toString().replaceAll("/$", ""));
    registry.add("matchcast.sources.football-data.initial-backoff", () -> "10ms");
    registry.add("matchcast.sources.football-data.max-backoff", () -> "50ms");
    registry.add("matchcast.sources.football-data.max-attempts", () -> "3");
    registry.add("matchcast.sources.football-data.requests-per-minute", () -> "6000");
    registry.add("matchcast.sources.football-data.leagues", () -> "E0");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Autowired FootballDataCollector collector;
  @Autowired DatabaseClient db;

  @Test
  void readsASeasonFileInTheSitesLayoutAndSkipsItWhenUnchanged() {
    site.serve("/fd/mmz4281/2324/E0.csv", csv("E0_2023-2024_modern.csv"));

    IngestRunSummary first = collector.seasonFiles(List.of("E0"), List.of("2023-2024")).blockLast();
    IngestRunSummary second = collector.seasonFiles(List.of("E0"), List.of("2023-2024")).blockLast();

    assertThat(first.status()).as(first.message()).isEqualTo(IngestStatus.SUCCEEDED);
    assertThat(first.inserted()).isEqualTo(4);
    assertThat(first.target()).endsWith("/fd/mmz4281/2324/E0.csv");
    assertThat(second.status()).isEqualTo(IngestStatus.UNCHANGED);
    assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN league l ON l.id = m.league_id"
        + " JOIN season s ON s.id = m.season_id WHERE l.code = 'E0' AND s.code = '2023-2024'")).isEqualTo(4);
  }

  @Test
  void retriesAServerErrorThenStores() {
    site.serve("/fd/mmz4281/2223/E0.csv", csv("E0_2023-2024_modern.csv").replace("/2023", "/2022").replace("/2024", "/2023"));
    site.failFirst("/fd/mmz4281/2223/E0.csv", new MockResponse.Builder().code(503).body("busy").build());

    IngestRunSummary run = collector.seasonFiles(List.of("E0"), List.of("2022-2023")).blockLast();

    assertThat(run.status()).isEqualTo(IngestStatus.SUCCEEDED);
    assertThat(run.inserted()).isEqualTo(4);
    assertThat(site.hits("/fd/mmz4281/2223/E0.csv")).isEqualTo(2);
  }

  @Test
  void anErrorPageOrAMissingFileFailsOnlyItsOwnRun() {
    site.serve("/fd/mmz4281/2021/E0.csv", "<html><body>Service temporarily unavailable</body></html>");
    site.serve("/fd/mmz4281/2021/SP1.csv", csv("E0_2023-2024_modern.csv").replace("E0,", "SP1,")
        .replace("/2023", "/2020").replace("/2024", "/2021"));

    List<IngestRunSummary> runs = collector.seasonFiles(List.of("E0", "SP1", "D1"), List.of("2020-2021"))
        .collectList().block();

    assertThat(runs).extracting(IngestRunSummary::status)
        .containsExactly(IngestStatus.FAILED, IngestStatus.SUCCEEDED, IngestStatus.FAILED);
    assertThat(runs.get(2).message()).contains("404");
    assertThat(count("SELECT COUNT(*) AS n FROM ingest_run WHERE status = 'FAILED' AND target LIKE '%/2021/E0.csv'"))
        .isEqualTo(1);
    assertThat(runs.get(1).inserted()).isEqualTo(4);
  }

  @Test
  void upcomingFixturesAreStoredAsScheduledWithPreMatchPrices() {
    site.serve("/fd/fixtures.csv", csv("fixtures.csv"));
    site.serve("/fd/mmz4281/2425/E0.csv", csv("E0_2023-2024_modern.csv").replace("/2024", "/2025").replace("/2023", "/2024"));

    List<IngestRunSummary> runs = collector.incrementalSync().collectList().block();

    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).target()).endsWith("/fd/fixtures.csv");
    assertThat(runs.get(1).status()).isEqualTo(IngestStatus.SUCCEEDED);
    assertThat(count("SELECT COUNT(*) AS n FROM matches WHERE status = 'SCHEDULED'")).isEqualTo(runs.get(1).inserted())
        .isPositive();
  }

  @Test
  void anExtraLeagueIsReadFromItsOneFileWithEverySeasonInIt() {
    site.serve("/fd/new/ARG.csv", csv("ARG.csv"));

    List<IngestRunSummary> runs = collector.seasonFiles(List.of("ARG"), List.of("2023-2024")).collectList().block();

    assertThat(runs).singleElement().satisfies(run -> {
      assertThat(run.target()).endsWith("/fd/new/ARG.csv");
      assertThat(run.status()).isEqualTo(IngestStatus.SUCCEEDED);
      assertThat(run.inserted()).isEqualTo(3);
    });
    assertThat(count("SELECT COUNT(DISTINCT s.code) AS n FROM matches m JOIN league l ON l.id = m.league_id"
        + " JOIN season s ON s.id = m.season_id WHERE l.code = 'ARG' AND s.code IN ('2012-2013', '2014', '2023')"))
        .as("seasons as the file names them: split-year and calendar-year").isEqualTo(3);
  }
  @Test
  void aSiteThatCannotBeReachedStopsTheBulkRunAfterThreeFiles() {
    site.dropConnections("/fd/mmz4281/1011/");

    List<IngestRunSummary> runs = collector.seasonFiles(List.of("E0", "SP1", "D1", "I1", "F1"), List.of("2010-2011"))
        .collectList().block();

    assertThat(runs).hasSize(FootballDataCollector.UNREACHABLE_AFTER)
        .allSatisfy(run -> assertThat(run.status()).isEqualTo(IngestStatus.FAILED))
        .allSatisfy(run -> assertThat(run.message()).contains("connection").contains("after 3 attempts"));
    assertThat(site.hits("/fd/mmz4281/1011/D1.csv")).isEqualTo(3);
    assertThat(site.hits("/fd/mmz4281/1011/I1.csv")).as("not tried once the site was given up").isZero();
    assertThat(site.hits("/fd/mmz4281/1011/F1.csv")).isZero();
  }

  @Test
  void aFileTheSiteAnswersForKeepsTheBulkRunGoing() {
    for (String division : List.of("E0", "SP1", "I1", "F1")) {
      site.dropConnections("/fd/mmz4281/1112/" + division + ".csv");
    }

    List<IngestRunSummary> runs = collector.seasonFiles(List.of("E0", "SP1", "D1", "I1", "F1"), List.of("2011-2012"))
        .collectList().block();

    assertThat(runs).hasSize(5).allSatisfy(run -> assertThat(run.status()).isEqualTo(IngestStatus.FAILED));
    assertThat(runs.get(2).message()).as("D1 answered 404: the site is there").contains("404");
    assertThat(site.hits("/fd/mmz4281/1112/F1.csv")).isEqualTo(3);
  }

  @Test
  void anUnknownLeagueCodeFailsItsRunWithAClearReason() {
    IngestRunSummary run = collector.seasonFiles(List.of("XX9"), List.of("2023-2024")).blockLast();

    assertThat(run.status()).isEqualTo(IngestStatus.FAILED);
    assertThat(run.message()).contains("league XX9");
  }

  long count(String sql) {
    return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
  }

  static String csv(String sample) {
    try (InputStream in = FootballDataCollectorTest.class.getResourceAsStream("/footballdata/" + sample)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The site: files by path, optional one-off failures in front of them, paths whose connections
   * are dropped before any answer (as when the site is down), 404 for the rest.
   */
  static final class Site extends Dispatcher {
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final List<String> dropped = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedDeque<MockResponse>> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    void serve(String path, String body) {
      files.put(path, body);
    }

    void failFirst(String path, MockResponse response) {
      failures.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(response);
    }

    void dropConnections(String pathPrefix) {
      dropped.add(pathPrefix);
    }

    int hits(String path) {
      return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String path = request.getTarget();
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      if (dropped.stream().anyMatch(path::startsWith)) {
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
      MockResponse failure = failures.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
      if (failure != null) {
        return failure;
      }
      String body = files.get(path);
      return body == null
          ? new MockResponse.Builder().code(404).body("<html>404 Not Found</html>").build()
          : new MockResponse.Builder().code(200).addHeader("Content-Type", "text/csv")
              .body(new Buffer().write(body.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).build();
    }
  }
}
