package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.RealFootballData;
import com.matchcast.support.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import reactor.core.Disposable;

/**
 * The admin mutations answer expected failures as payload types; ingest runs are pushed as they
 * finish. All with an admin's token (security.SecurityContractTest covers the refusals).
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = {"matchcast.test.context=admin", "matchcast.sources.api-football.enabled=false",
    "matchcast.sources.odds-api.enabled=false"})
@SuppressWarnings("unchecked")
class AdminApiTest {

  @LocalServerPort int port;
  @Autowired FootballDataImporter importer;
  @Autowired DevTokens tokens;

  @Test
  void expectedFailuresArePayloadsWithTheirReason() {
    Map<String, Object> answer = graphQl().document("""
        mutation {
          a: promoteModel(id: "42") { __typename ... on ModelNotFound { id message } }
          b: promoteModel(id: "x") { __typename ... on ModelNotFound { message } }
          c: recomputePredictions(league: "xx") { __typename ... on UnknownLeague { league tracked message } }
          d: recomputePredictions(league: "e0") { __typename ... on PredictionsRecomputed { matches } }
        }""").execute().path("").entity(Map.class).get();

    assertThat(answer.get("a")).isEqualTo(Map.of("__typename", "ModelNotFound", "id", "42",
        "message", "no model version 42 is registered"));
    assertThat(answer.get("b")).isEqualTo(Map.of("__typename", "ModelNotFound",
        "message", "model version ids are numbers; 'x' is not one"));
    assertThat(answer.get("c")).isEqualTo(Map.of("__typename", "UnknownLeague", "league", "xx",
        "tracked", List.of("E0", "SP1", "D1", "I1", "F1"),
        "message", "league 'xx' is not tracked; tracked: E0, SP1, D1, I1, F1"));
    assertThat(answer.get("d")).as("nothing is upcoming before serving starts")
        .isEqualTo(Map.of("__typename", "PredictionsRecomputed", "matches", 0));
  }

  @Test
  void anUnknownSourceNamesTheActiveOnes() {
    Map<String, Object> answer = graphQl().document("""
        mutation { runSync(source: "bet-oracle") { __typename ... on UnknownSource { source available } } }""")
        .execute().path("runSync").entity(Map.class).get();

    assertThat(answer.get("__typename")).isEqualTo("UnknownSource");
    assertThat(answer.get("source")).isEqualTo("bet-oracle");
    assertThat((List<String>) answer.get("available")).doesNotContain("api-football", "odds-api");
  }

  @Test
  void aSubscriberReceivesEachIngestRunAsItFinishes() throws Exception {
    WebSocketGraphQlClient client = SignedIn.webSocket(port, SignedIn.adminToken(tokens));
    List<Map<String, Object>> pushed = new CopyOnWriteArrayList<>();
    Disposable subscription = client.document("subscription { ingestRunFinished { target status rowsRead inserted } }")
        .retrieveSubscription("ingestRunFinished").toEntity(Map.class).subscribe(run -> pushed.add(run));
    try {
      long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      // the subscription is set up asynchronously: import again (an unchanged file is a run too) until one arrives
      while (pushed.isEmpty() && System.nanoTime() < until) {
        importer.importMirror(RealFootballData.root(), Set.of("E0"), Set.of("2019-2020")).collectList().block();
        Thread.sleep(200);
      }
    } finally {
      subscription.dispose();
      client.stop().block();
    }
    assertThat(pushed).isNotEmpty();
    // the first import stores the season; any later one finds the file unchanged
    assertThat(pushed.get(0)).isIn(
        Map.of("target", "E0/2019-2020.csv", "status", "SUCCEEDED", "rowsRead", 380, "inserted", 380),
        Map.of("target", "E0/2019-2020.csv", "status", "UNCHANGED", "rowsRead", 0, "inserted", 0));
  }

  private HttpGraphQlTester graphQl() {
    return SignedIn.graphQl(port, SignedIn.adminToken(tokens));
  }
}
