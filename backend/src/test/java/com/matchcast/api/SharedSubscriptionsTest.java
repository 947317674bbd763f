package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.GraphQlSocket;
import com.matchcast.support.SignedIn;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Identical subscriptions over real WebSockets: the second subscriber of a document joins the
 * first one's execution (graphql-java sets the operation up once and runs each event's selection
 * once, its timers say so) and both get every push; other variables or another caller are never
 * shared, a refusal reaches every subscriber; the
 * stream outlives any one subscriber, ends with its last, and the next subscriber starts anew.
 */
@EmbeddedDatabaseTest
class SharedSubscriptionsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Map<String, Object> ACK = Map.of("type", "connection_ack", "payload", Map.of());

  @LocalServerPort int port;
  @Autowired EventBus events;
  @Autowired MeterRegistry meters;
  @Autowired SharedSubscriptions shared;
  @Autowired DevTokens tokens;

  @Test
  void identicalSubscriptionsShareOneExecutionUntilTheirLastSubscriberLeaves() throws Exception {
    String watch = "subscription SharedWatch { matchUpdated(leagues: [\"E0\"]) { matchId league status } }";
    String watchSpain = "subscription SharedWatch { matchUpdated(leagues: [\"SP1\"]) { matchId league status } }";
    int before = shared.streams();
    List<GraphQlSocket> sockets = new ArrayList<>();
    try {
      GraphQlSocket first = open(sockets, null);
      first.subscribe("a", watch);
      assertThat(nextPushed(first, 701, "E0")).isEqualTo(pushed("a", 701, "E0"));

      GraphQlSocket second = open(sockets, null);
      second.subscribe("b", watch);
      assertThat(nextPushed(second, 702, "E0")).isEqualTo(pushed("b", 702, "E0"));
      assertThat(drain(first)).as("the first subscriber got the pushes too").contains(pushed("a", 702, "E0"));
      assertThat(executions("SharedWatch")).as("one execution for both").isEqualTo(1);
      assertThat(shared.streams()).isEqualTo(before + 1);
      long eventsBefore = eventsRun("SharedWatch");
      events.publish(new MatchUpdated(706, "E0", "Home", "Away", MatchStatus.LIVE, null, null, Instant.now()));
      assertThat(first.next(WAIT)).isEqualTo(pushed("a", 706, "E0"));
      assertThat(second.next(WAIT)).isEqualTo(pushed("b", 706, "E0"));
      assertThat(eventsRun("SharedWatch") - eventsBefore).as("one push to two subscribers, its selection run once")
          .isEqualTo(1);

      GraphQlSocket spain = open(sockets, null);
      spain.subscribe("c", watchSpain);
      assertThat(nextPushed(spain, 703, "SP1")).isEqualTo(pushed("c", 703, "SP1"));
      assertThat(executions("SharedWatch")).as("another document: an execution of its own").isEqualTo(2);
      assertThat(drain(first)).as("no Spanish match for the English watch").isEmpty();

      first.complete("a");
      assertThat(nextPushed(second, 704, "E0")).as("the stream outlives its first subscriber")
          .isEqualTo(pushed("b", 704, "E0"));

      second.close();
      spain.close();
      await(() -> shared.streams() == before, "the streams end with their last subscribers");

      GraphQlSocket later = open(sockets, null);
      later.subscribe("d", watch);
      assertThat(nextPushed(later, 705, "E0")).isEqualTo(pushed("d", 705, "E0"));
      assertThat(executions("SharedWatch")).as("a later subscriber starts a new execution").isEqualTo(3);
    } finally {
      sockets.forEach(GraphQlSocket::close);
    }
  }

  @Test
  void aSignedInSubscriberNeverJoinsAnotherCallersStream() throws Exception {
    String watch = "subscription CallerWatch { matchUpdated(leagues: [\"E0\"]) { matchId league status } }";
    List<GraphQlSocket> sockets = new ArrayList<>();
    try {
      GraphQlSocket anonymous = open(sockets, null);
      anonymous.subscribe("1", watch);
      assertThat(nextPushed(anonymous, 711, "E0")).isEqualTo(pushed("1", 711, "E0"));

      GraphQlSocket ann = open(sockets, SignedIn.userToken(tokens, "ann"));
      ann.subscribe("1", watch);
      assertThat(nextPushed(ann, 712, "E0")).isEqualTo(pushed("1", 712, "E0"));
      GraphQlSocket bob = open(sockets, SignedIn.userToken(tokens, "bob"));
      bob.subscribe("1", watch);
      assertThat(nextPushed(bob, 713, "E0")).isEqualTo(pushed("1", 713, "E0"));

      assertThat(executions("CallerWatch")).as("anonymous, ann and bob each run their own").isEqualTo(3);
      for (GraphQlSocket socket : List.of(anonymous, ann, bob)) {
        drain(socket);
      }
      long eventsBefore = eventsRun("CallerWatch");
      events.publish(new MatchUpdated(714, "E0", "Home", "Away", MatchStatus.LIVE, null, null, Instant.now()));
      for (GraphQlSocket socket : List.of(anonymous, ann, bob)) {
        assertThat(socket.next(WAIT)).isEqualTo(pushed("1", 714, "E0"));
      }
      assertThat(eventsRun("CallerWatch") - eventsBefore).isEqualTo(3);
    } finally {
      sockets.forEach(GraphQlSocket::close);
    }
  }

  @Test
  void aRefusalReachesEverySubscriberOfTheDocument() throws Exception {
    String followed = "subscription FollowedWatch { predictionUpdated(followed: true) { id } }";
    String refusal = "predictionUpdated(followed: true) needs a signed-in user: send {\"Authorization\": \"Bearer"
        + " <token>\"} in connection_init.";
    List<GraphQlSocket> sockets = new ArrayList<>();
    try {
      GraphQlSocket one = open(sockets, null);
      GraphQlSocket other = open(sockets, null);
      one.subscribe("1", followed);
      other.subscribe("2", followed);

      assertThat(one.next(WAIT)).isEqualTo(error("1", refusal));
      assertThat(other.next(WAIT)).isEqualTo(error("2", refusal));
    } finally {
      sockets.forEach(GraphQlSocket::close);
    }
  }

  @Test
  void onlyDocumentsOfOneSubscriptionAreShared() {
    assertThat(SharedSubscriptions.onlySubscription("subscription { matchUpdated { matchId } }")).isTrue();
    assertThat(SharedSubscriptions.onlySubscription("{ leagues { code } }")).isFalse();
    assertThat(SharedSubscriptions.onlySubscription(
        "subscription A { matchUpdated { matchId } } subscription B { oddsMoved { matchId } }")).isFalse();
    assertThat(SharedSubscriptions.onlySubscription("subscription { matchUpdated {")).isFalse();
  }

  private GraphQlSocket open(List<GraphQlSocket> sockets, String token) throws InterruptedException {
    GraphQlSocket socket = new GraphQlSocket(port).init(token);
    sockets.add(socket);
    assertThat(socket.next(WAIT)).as("%s", socket).isEqualTo(ACK);
    return socket;
  }

  /** Subscriptions of the operation set up by graphql-java (a joining subscriber sets none up). */
  private long executions(String operation) {
    Timer timer = meters.find("matchcast.graphql.request")
        .tags("operation", operation, "type", "subscription", "outcome", "success").timer();
    return timer == null ? 0 : timer.count();
  }

  private long eventsRun(String operation) {
    Timer timer = meters.find("matchcast.graphql.subscription.events").tags("operation", operation).timer();
    return timer == null ? 0 : timer.count();
  }

  private static Map<String, Object> pushed(String id, long matchId, String league) {
    return Map.of("type", "next", "id", id, "payload", Map.of("data", Map.of("matchUpdated",
        Map.of("matchId", String.valueOf(matchId), "league", league, "status", "LIVE"))));
  }

  private static Map<String, Object> error(String id, String message) {
    return Map.of("type", "error", "id", id, "payload", List.of(Map.of("message", message, "locations", List.of(),
        "extensions", Map.of("classification", "UNAUTHORIZED"))));
  }

  /**
   * A subscription starts asynchronously: publish until the socket gets its first push, which is
   * of that match (the socket's earlier pushes were drained by the caller).
   */
  private Map<String, Object> nextPushed(GraphQlSocket socket, long matchId, String league) throws Exception {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      events.publish(new MatchUpdated(matchId, league, "Home", "Away", MatchStatus.LIVE, null, null, Instant.now()));
      Map<String, Object> message = socket.next(Duration.ofMillis(200));
      if (message != null) {
        drain(socket); // the same push again, from the publishing loop
        return message;
      }
    }
    throw new AssertionError("nothing pushed to " + socket);
  }

  /** The messages that arrived within a short wait. */
  private static List<Map<String, Object>> drain(GraphQlSocket socket) throws InterruptedException {
    List<Map<String, Object>> messages = new ArrayList<>();
    for (Map<String, Object> m = socket.next(Duration.ofMillis(300)); m != null; m = socket.next(Duration.ofMillis(300))) {
      messages.add(m);
    }
    return messages;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError(what);
      }
      Thread.sleep(50);
    }
  }
}
