package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.GraphQlSocket;
import com.matchcast.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.reactive.socket.CloseStatus;

/**
 * Subscriptions over a real WebSocket (graphql-transport-ws), message by message: the token goes
 * in connection_init; a refused or expired token closes the socket with 4403; public
 * subscriptions stay anonymous; ingestRunFinished needs the admin scope; connections and
 * operations are capped (at the defaults, so this test shares the embedded default's context).
 */
@EmbeddedDatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SubscriptionSecurityTest {

  // The default caps (MATCHCAST_WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, MATCHCAST_WS_MAX_CONNECTIONS_PER_CLIENT).
  private static final int OPERATIONS = 25;
  private static final int CONNECTIONS = 20;

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String MATCH_UPDATED = "subscription { matchUpdated { matchId status } }";
  private static final Map<String, Object> ACK = Map.of("type", "connection_ack", "payload", Map.of());
  private static final String INGEST_RUNS = "subscription { ingestRunFinished { target } }";

  @LocalServerPort int port;
  @Autowired DevTokens tokens;
  @Autowired EventBus events;

  @Test
  void anExpiredTokenInConnectionInitClosesTheSocketWith4403() throws Exception {
    Instant expiredAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    try (GraphQlSocket socket = new GraphQlSocket(port).init(new BadTokens(tokens).expired(expiredAt))) {
      assertThat(socket.closeStatus(WAIT))
          .isEqualTo(new CloseStatus(4403, "Forbidden: invalid token: Jwt expired at " + expiredAt));
      assertThat(socket.next(Duration.ZERO)).as("no connection_ack").isNull();
    }
  }

  @Test
  void aForgedTokenInConnectionInitClosesTheSocketWith4403() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(new BadTokens(tokens).forged())) {
      assertThat(socket.closeStatus(WAIT))
          .isEqualTo(new CloseStatus(4403, "Forbidden: invalid token: Failed to validate the token"));
    }
  }

  @Test
  void anUnsignedTokenInConnectionInitClosesTheSocketWith4403() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(new BadTokens(tokens).unsigned())) {
      assertThat(socket.closeStatus(WAIT))
          .isEqualTo(new CloseStatus(4403, "Forbidden: invalid token: Unsupported algorithm of none"));
    }
  }

  @Test
  void anAnonymousSubscriberReceivesPublicPushes() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(null)) {
      acked(socket);
      socket.subscribe("1", MATCH_UPDATED);

      assertThat(nextPushed(socket, 501)).isEqualTo(Map.of("type", "next", "id", "1",
          "payload", Map.of("data", Map.of("matchUpdated", Map.of("matchId", "501", "status", "LIVE")))));
    }
  }

  @Test
  void ingestRunFinishedWithoutATokenIsUnauthorized(CapturedOutput output) throws Exception {
    assertThat(refusal(null)).isEqualTo(error("1", "ingestRunFinished needs a signed-in user: send a bearer token"
        + " with scope matchcast:admin.", "UNAUTHORIZED"));
    assertThat(output.getAll()).doesNotContain(" ERROR ");
  }

  @Test
  void ingestRunFinishedWithAUserTokenIsForbidden(CapturedOutput output) throws Exception {
    assertThat(refusal(SignedIn.userToken(tokens, "ann"))).isEqualTo(error("1", "ingestRunFinished needs scope"
        + " matchcast:admin; the token of ann does not have it.", "FORBIDDEN"));
    assertThat(output.getAll()).doesNotContain(" ERROR ");
  }

  @Test
  void ingestRunFinishedWithAnAdminTokenIsAccepted() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(SignedIn.adminToken(tokens))) {
      acked(socket);
      socket.subscribe("1", INGEST_RUNS);
      assertThat(socket.next(Duration.ofSeconds(1))).as("no refusal: the subscription waits for runs").isNull();
      assertThat(socket.closeStatus(Duration.ZERO)).isNull();
    }
  }

  @Test
  void aConnectionRunsAtMost25OperationsAtOnce() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(null)) {
      acked(socket);
      for (int id = 1; id <= OPERATIONS + 1; id++) {
        socket.subscribe(String.valueOf(id), MATCH_UPDATED);
      }

      Map<String, Object> refused = socket.next(WAIT);
      assertThat(refused).isEqualTo(Map.of("type", "next", "id", "26", "payload", Map.of("errors", List.of(Map.of(
          "message", "Too many operations on this connection: at most 25 at once; complete one first.",
          "locations", List.of(), "extensions", Map.of("classification", "BAD_REQUEST"))))));
      assertThat(socket.next(WAIT)).isEqualTo(complete("26"));

      socket.complete("1").subscribe("27", MATCH_UPDATED);
      Set<Object> pushedTo = pushedTo(socket, 502, "2", "25", "27");
      // "1" may still get a push the server sent before it read the complete message
      pushedTo.remove("1");
      assertThat(pushedTo).as("the freed slot serves the next one").hasSize(OPERATIONS).contains("27")
          .doesNotContain("26");
    }
  }

  @Test
  void aClientOpensAtMost20Connections() throws Exception {
    String token = SignedIn.userToken(tokens, "crowd");
    List<GraphQlSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < CONNECTIONS; i++) {
        GraphQlSocket socket = new GraphQlSocket(port).init(token);
        sockets.add(socket);
        acked(socket);
      }
      GraphQlSocket oneMore = new GraphQlSocket(port).init(token);
      sockets.add(oneMore);
      assertThat(oneMore.closeStatus(WAIT))
          .isEqualTo(new CloseStatus(4403, "Forbidden: too many connections: at most 20 per client"));

      sockets.get(0).close();
      GraphQlSocket again = retryUntilAccepted(token);
      sockets.add(again);
    } finally {
      sockets.forEach(GraphQlSocket::close);
    }
  }

  @Test
  void theTokensExpiryClosesTheSocketWith4403() throws Exception {
    String shortLived = tokens.issue("brief", false, Duration.ofSeconds(3)).token();
    try (GraphQlSocket socket = new GraphQlSocket(port).init(shortLived)) {
      acked(socket);
      socket.subscribe("1", MATCH_UPDATED);

      assertThat(socket.closeStatus(WAIT)).isEqualTo(new CloseStatus(4403, "Forbidden: token expired"));
    }
  }

  /** The freed connection is counted off when the server sees it closed: try until then. */
  private GraphQlSocket retryUntilAccepted(String token) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      GraphQlSocket socket = new GraphQlSocket(port).init(token);
      Map<String, Object> first = socket.next(Duration.ofSeconds(2));
      if (ACK.equals(first)) {
        return socket;
      }
      socket.close();
      Thread.sleep(100);
    }
    throw new AssertionError("no connection accepted after one was closed");
  }

  /** The refusal of an ingestRunFinished subscription: an error message for the operation, the socket open. */
  private Map<String, Object> refusal(String token) throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(token)) {
      acked(socket);
      socket.subscribe("1", INGEST_RUNS);
      Map<String, Object> refused = socket.next(WAIT);
      assertThat(socket.next(Duration.ofMillis(500))).as("an error ends the operation: no complete follows").isNull();
      assertThat(socket.closeStatus(Duration.ZERO)).as("the connection stays open").isNull();
      return refused;
    }
  }

  private static void acked(GraphQlSocket socket) throws InterruptedException {
    assertThat(socket.next(WAIT)).as("%s", socket).isEqualTo(ACK);
  }

  private static Map<String, Object> complete(String id) {
    return Map.of("type", "complete", "id", id, "payload", Map.of());
  }

  private static Map<String, Object> error(String id, String message, String classification) {
    return Map.of("type", "error", "id", id, "payload", List.of(Map.of("message", message, "locations", List.of(),
        "extensions", Map.of("classification", classification))));
  }

  /** The ids of the operations pushed data (not errors), publishing until the expected ones all were. */
  private Set<Object> pushedTo(GraphQlSocket socket, long matchId, String... expected) throws Exception {
    Set<Object> ids = new TreeSet<>();
    long until = System.nanoTime() + WAIT.toNanos();
    while (!ids.containsAll(List.of(expected)) && System.nanoTime() < until) {
      events.publish(new MatchUpdated(matchId, "E0", "Arsenal", "Chelsea", MatchStatus.LIVE, null, null, Instant.now()));
      for (Map<String, Object> message = socket.next(Duration.ofMillis(200)); message != null;
          message = socket.next(Duration.ofMillis(50))) {
        if ("next".equals(message.get("type")) && ((Map<?, ?>) message.get("payload")).get("data") != null) {
          ids.add(message.get("id"));
        }
      }
    }
    return ids;
  }

  /** Subscriptions start asynchronously: publish until the first push arrives. */
  private Map<String, Object> nextPushed(GraphQlSocket socket, long matchId) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      events.publish(new MatchUpdated(matchId, "E0", "Arsenal", "Chelsea", MatchStatus.LIVE, null, null, Instant.now()));
      Map<String, Object> message = socket.next(Duration.ofMillis(200));
      if (message != null) {
        return message;
      }
    }
    throw new AssertionError("nothing pushed");
  }
}
