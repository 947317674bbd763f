package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.MiniSeason;
import com.matchcast.support.OwnMariaDbServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Section 5, "database gone", on a MariaDB server of this test's own (never the shared one): with
 * the database stopped, what the cache holds is answered as before, a read it does not hold fails
 * with UNAVAILABLE and a plain message, and once the database is back reads work again without a
 * restart. The cache's counters are at /actuator/prometheus.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matchcast.data-dir=target/test-data/${random.uuid}",
    "matchcast.scheduling.enabled=false",
    "matchcast.bootstrap.enabled=false",
    "matchcast.cache.enabled=true",
    "matchcast.cache.responses.enabled=false",
    "spring.reactor.netty.shutdown-quiet-period=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseGoneTest {

  /** Reads the cache holds once asked: a club, a league table, the leagues' seasons, a match with its clubs and prediction. */
  private static final String HOT_READS = "{ team(id: 3) { name }"
      + " standings(league: \"E0\", season: \"2023-2024\") { position team { name } points form }"
      + " leagues { code seasons }"
      + " match(id: 1) { homeGoals awayGoals homeTeam { name } awayTeam { name } league { name } prediction { id } } }";

  private static final OwnMariaDbServer database =
      OwnMariaDbServer.start(Path.of("target/test-mariadb", UUID.randomUUID().toString()));

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    // config.DatabaseSettings turns matchcast.db.* into Spring's settings before a test's dynamic
    // properties are seen: give Spring's own
    registry.add("spring.r2dbc.url", () -> database.r2dbcUrl("matchcast"));
    registry.add("spring.r2dbc.username", () -> "root");
    registry.add("spring.r2dbc.password", () -> "");
    registry.add("spring.flyway.url",
        () -> "jdbc:mariadb://127.0.0.1:" + database.port() + "/matchcast?createDatabaseIfNotExist=true");
    registry.add("spring.flyway.user", () -> "root");
    registry.add("spring.flyway.password", () -> "");
    registry.add("matchcast.db.dialect", () -> "mysql");
  }

  @Autowired DatabaseClient db;
  @LocalServerPort int port;

  private String warm;

  @BeforeAll
  void seed() {
    MiniSeason.seed(db);
  }

  @AfterAll
  void stopDatabase() {
    database.stop();
  }

  @Test
  @Order(1)
  void withTheDatabaseStoppedCachedReadsAnswerAsBefore() {
    warm = graphQl(HOT_READS);
    assertThat(warm).doesNotContain("errors")
        .contains("\"team\":{\"name\":\"Liverpool\"}")
        .contains("{\"position\":1,\"team\":{\"name\":\"Arsenal\"},\"points\":7,\"form\":\"WWDL\"}")
        .contains("{\"code\":\"E0\",\"seasons\":[\"2022-2023\",\"2023-2024\"]}")
        .contains("{\"code\":\"SP1\",\"seasons\":[]}")
        .contains("\"match\":{\"homeGoals\":2,\"awayGoals\":1,\"homeTeam\":{\"name\":\"Arsenal\"},"
            + "\"awayTeam\":{\"name\":\"Chelsea\"},\"league\":{\"name\":\"Premier League\"},\"prediction\":null}");

    database.stop();

    assertThat(graphQl(HOT_READS)).isEqualTo(warm);
  }

  @Test
  @Order(2)
  void aReadTheCacheDoesNotHoldFailsAsUnavailableBesideTheCachedOnes() {
    assertThat(graphQl("{ team(id: 3) { name } other: team(id: 4) { name } }")).isEqualTo("{\"errors\":[{"
        + "\"message\":\"The database is unavailable and this answer is not in the cache; try again in a moment.\","
        + "\"locations\":[{\"line\":1,\"column\":24}],\"path\":[\"other\"],"
        + "\"extensions\":{\"classification\":\"UNAVAILABLE\"}}],"
        + "\"data\":{\"team\":{\"name\":\"Liverpool\"},\"other\":null}}");
    assertThat(graphQl("{ teams(search: \"Liv\") { name } }")).isEqualTo("{\"errors\":[{"
        + "\"message\":\"The database is unavailable and this answer is not in the cache; try again in a moment.\","
        + "\"locations\":[{\"line\":1,\"column\":3}],\"path\":[\"teams\"],"
        + "\"extensions\":{\"classification\":\"UNAVAILABLE\"}}],\"data\":null}");
  }

  @Test
  @Order(3)
  void onceTheDatabaseIsBackReadsWorkWithoutARestart() {
    database.startAgain();
    assertThat(graphQl("{ other: team(id: 4) { name } }")).isEqualTo("{\"data\":{\"other\":{\"name\":\"Tottenham\"}}}");
    assertThat(graphQl("{ teams(search: \"Liv\") { name } }")).isEqualTo("{\"data\":{\"teams\":[{\"name\":\"Liverpool\"}]}}");
    assertThat(graphQl(HOT_READS)).isEqualTo(warm);
  }

  @Test
  @Order(4)
  void hitsAndMissesPerRegionAndLevelAreAtActuatorPrometheus() {
    String metrics = http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    List<String> cache = metrics.lines().filter(line -> line.startsWith("matchcast_cache_")).toList();
    assertThat(cache).containsExactlyInAnyOrder(
        // HOT_READS three times: loaded once, then twice from the first level (no Redis in this context)
        gets("standings", "miss", 1), gets("standings", "hit", 2),
        gets("matches", "miss", 1), gets("matches", "hit", 2),
        gets("prediction-histories", "miss", 1), gets("prediction-histories", "hit", 2),
        // each time 38 leagues' seasons and the match's league
        gets("leagues", "miss", 39), gets("leagues", "hit", 78),
        // clubs 3, 1 and 2 of HOT_READS (3 misses, 6 hits), club 3 again (a hit), and club 4 and the
        // search twice each: their failed loads with the database gone were not kept
        gets("teams", "miss", 7), gets("teams", "hit", 7));
  }

  private static String gets(String region, String result, int count) {
    return "matchcast_cache_gets_total{level=\"l1\",region=\"" + region + "\",result=\"" + result + "\"} " + count + ".0";
  }

  private String graphQl(String query) {
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
        .build();
  }
}
