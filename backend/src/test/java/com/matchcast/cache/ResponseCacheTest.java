package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.MiniSeason;
import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whole answers of public reads over HTTP: the second identical query is answered from the kept
 * JSON (the read cache behind it is not even asked), byte for byte as the execution wrote it; what
 * depends on the caller, mutations, answers with errors and other variables are not shared; an
 * event that changes the store clears every kept answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matchcast.data-dir=target/test-data/${random.uuid}",
    "matchcast.scheduling.enabled=false",
    "matchcast.bootstrap.enabled=false",
    "matchcast.cache.enabled=true",
    "matchcast.cache.responses.ttl=10m",
    "spring.reactor.netty.shutdown-quiet-period=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class ResponseCacheTest {

  private static final String STANDINGS = "query Table($season: String!) { standings(league: \"E0\", season: $season)"
      + " { position team { name } points goalDifference } }";

  @Autowired DatabaseClient db;
  @Autowired EventBus events;
  @Autowired ResponseCache responses;
  @LocalServerPort int port;

  @BeforeAll
  void seed() {
    MiniSeason.seed(db);
  }

  @Test
  void aRepeatedPublicQueryIsAnsweredFromTheKeptJsonAndAnImportClearsIt() {
    responses.clear();
    double hits = gets("responses", "hit");
    double misses = gets("responses", "miss");
    double tableHits = gets("standings", "hit");
    double tableMisses = gets("standings", "miss");
    String first = graphQl(STANDINGS, Map.of("season", "2023-2024"));
    String second = graphQl(STANDINGS, Map.of("season", "2023-2024"));

    assertThat(first).startsWith("{\"data\":{\"standings\":[{\"position\":1,\"team\":{\"name\":\"Arsenal\"},\"points\":7,");
    assertThat(second).isEqualTo(first);
    assertThat(gets("responses", "hit")).isEqualTo(hits + 1);
    assertThat(gets("responses", "miss")).isEqualTo(misses + 1);
    // the second answer ran no field: the table was looked up in the read cache once
    assertThat(gets("standings", "miss") + gets("standings", "hit")).isEqualTo(tableHits + tableMisses + 1);

    // other variables are another answer
    assertThat(graphQl(STANDINGS, Map.of("season", "2022-2023"))).isEqualTo("{\"data\":{\"standings\":["
        + "{\"position\":1,\"team\":{\"name\":\"Arsenal\"},\"points\":6,\"goalDifference\":3},"
        + "{\"position\":2,\"team\":{\"name\":\"Chelsea\"},\"points\":0,\"goalDifference\":-3}]}}");
    assertThat(gets("responses", "miss")).isEqualTo(misses + 2);

    events.publish(new IngestRunFinished(new IngestRunSummary(99, "football-data", "E0/2023-2024.csv",
        IngestStatus.SUCCEEDED, 10, 1, 0, 9, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), Duration.ofSeconds(1), null),
        Instant.now()));
    awaitEmpty();
    assertThat(graphQl(STANDINGS, Map.of("season", "2023-2024"))).isEqualTo(first);
    assertThat(gets("responses", "miss")).isEqualTo(misses + 3);
    assertThat(gets("responses", "hit")).isEqualTo(hits + 1);
  }

  @Test
  void aKeptAnswerKeepsTextBeyondAsciiExactly() {
    // the kept JSON is written from its UTF-8 bytes, made once when it is kept
    db.sql("INSERT INTO team (id, name, country) VALUES (90, 'Atlético Madrid ⚽ 马德里竞技', 'Spain')").then().block();
    responses.clear();
    String query = "query Club($id: ID!) { team(id: $id) { name country } }";
    String expected = "{\"data\":{\"team\":{\"name\":\"Atlético Madrid ⚽ 马德里竞技\",\"country\":\"Spain\"}}}";
    double hits = gets("responses", "hit");

    assertThat(graphQl(query, Map.of("id", "90"))).isEqualTo(expected);
    assertThat(graphQl(query, Map.of("id", "90"))).isEqualTo(expected);
    assertThat(gets("responses", "hit")).isEqualTo(hits + 1);
  }

  @Test
  void callerDependentQueriesMutationsAndAnswersWithErrorsAreNotKept() {
    responses.clear();
    double hits = gets("responses", "hit");
    double misses = gets("responses", "miss");

    // me is the caller's: a query naming it is never kept, even beside public fields
    String withMe = "{ me { id } leagues { code } }";
    assertThat(graphQl(withMe, Map.of())).startsWith("{\"data\":{\"me\":null,\"leagues\":[{\"code\":");
    graphQl(withMe, Map.of());
    // an unknown league is an error: such an answer is executed every time
    String unknown = "{ standings(league: \"XX\", season: \"2023-2024\") { points } }";
    assertThat(graphQl(unknown, Map.of())).contains("\"errors\"");
    graphQl(unknown, Map.of());
    // a mutation is not even looked up
    graphQl("mutation { retrain { __typename } }", Map.of());

    assertThat(gets("responses", "hit")).isEqualTo(hits);
    assertThat(gets("responses", "miss")).isEqualTo(misses + 2);
    assertThat(responses.size()).isZero();
  }

  @Test
  void onlyOneQueryOperationOfPublicRootFieldsQualifies() {
    assertThat(ResponseCache.onlyPublicReads("{ upcoming(first: 50) { edges { node { id } } } leagues { code } }")).isTrue();
    assertThat(ResponseCache.onlyPublicReads("query A { leagues { code } } query B { teams { id } }")).isFalse();
    assertThat(ResponseCache.onlyPublicReads("{ servingClock { now } }")).isFalse();
    assertThat(ResponseCache.onlyPublicReads("{ ...F } fragment F on Query { leagues { code } }")).isFalse();
    assertThat(ResponseCache.onlyPublicReads("subscription { predictionUpdated { id } }")).isFalse();
    assertThat(ResponseCache.onlyPublicReads("{ leagues { code }")).isFalse();
  }

  private void awaitEmpty() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (responses.size() > 0) {
      assertThat(System.nanoTime()).as("kept answers cleared within 10 s").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

  private double gets(String region, String result) {
    String metrics = http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    String prefix = "matchcast_cache_gets_total{level=\"l1\",region=\"" + region + "\",result=\"" + result + "\"} ";
    return metrics.lines().filter(line -> line.startsWith(prefix))
        .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()))).sum();
  }

  private String graphQl(String query, Map<String, Object> variables) {
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", query, "variables", variables)).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
        .build();
  }
}
