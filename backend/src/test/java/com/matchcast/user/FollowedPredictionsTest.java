package com.matchcast.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.api.MiniSeason;
import com.matchcast.events.EventBus;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.GraphQlSocket;
import com.matchcast.support.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * predictionUpdated(followed: true) pushes only predictions of the subscriber's clubs and
 * leagues, and a follow made while the subscription is open counts from then on.
 */
@EmbeddedDatabaseTest
class FollowedPredictionsTest extends ApiTestSupport {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String FOLLOWED = "subscription { predictionUpdated(followed: true) { reason } }";
  // MiniSeason: match 9 is Arsenal v Tottenham, match 10 Liverpool v Chelsea, both E0.
  private static final long ARSENAL_TOTTENHAM = 9;
  private static final long LIVERPOOL_CHELSEA = 10;

  @Autowired DevTokens tokens;
  @Autowired EventBus events;

  @Test
  void onlyFollowedClubsAndLeaguesArePushed() throws Exception {
    String fan = SignedIn.userToken(tokens, "fan");
    SignedIn.graphQl(port, fan).document("mutation { followTeam(id: \"" + MiniSeason.CHELSEA + "\") { __typename } }")
        .execute().path("followTeam.__typename").entity(String.class).isEqualTo("Me");
    try (GraphQlSocket socket = new GraphQlSocket(port).init(fan)) {
      assertThat(socket.next(WAIT)).isEqualTo(Map.of("type", "connection_ack", "payload", Map.of()));
      socket.subscribe("1", FOLLOWED);

      // The subscription starts asynchronously: publish both until the followed one arrives.
      Map<String, Object> first = null;
      for (long until = System.nanoTime() + WAIT.toNanos(); first == null && System.nanoTime() < until; ) {
        publish(ARSENAL_TOTTENHAM);
        publish(LIVERPOOL_CHELSEA);
        first = socket.next(Duration.ofMillis(200));
      }
      assertThat(first).isEqualTo(pushed("match " + LIVERPOOL_CHELSEA));
      drain(socket);
      publish(ARSENAL_TOTTENHAM);
      publish(LIVERPOOL_CHELSEA);
      assertThat(socket.next(WAIT)).isEqualTo(pushed("match " + LIVERPOOL_CHELSEA));
      assertThat(socket.next(Duration.ofMillis(500))).as("Arsenal v Tottenham is not followed").isNull();

      SignedIn.graphQl(port, fan).document("mutation { followLeague(code: \"E0\") { __typename } }")
          .execute().path("followLeague.__typename").entity(String.class).isEqualTo("Me");
      Map<String, Object> league = null;
      for (long until = System.nanoTime() + WAIT.toNanos(); league == null && System.nanoTime() < until; ) {
        publish(ARSENAL_TOTTENHAM);
        league = socket.next(Duration.ofMillis(200));
      }
      assertThat(league).as("the league followed meanwhile counts").isEqualTo(pushed("match " + ARSENAL_TOTTENHAM));
    }
  }

  @Test
  void anAnonymousSubscriberCannotAskForFollowed() throws Exception {
    try (GraphQlSocket socket = new GraphQlSocket(port).init(null)) {
      assertThat(socket.next(WAIT)).isEqualTo(Map.of("type", "connection_ack", "payload", Map.of()));
      socket.subscribe("1", FOLLOWED);

      assertThat(socket.next(WAIT)).isEqualTo(Map.of("type", "error", "id", "1", "payload", List.of(Map.of(
          "message", "predictionUpdated(followed: true) needs a signed-in user: send {\"Authorization\":"
              + " \"Bearer <token>\"} in connection_init.",
          "locations", List.of(), "extensions", Map.of("classification", "UNAUTHORIZED")))));
    }
  }

  private void publish(long matchId) {
    events.publish(new PredictionMade(new Prediction(matchId, matchId, "E0", "2023-2024", LocalDate.of(2023, 9, 16),
        null, "Home", "Away", 0.5, 0.3, 0.2, 1.5, 1.0, 0.5, 0.5, List.of(), 0.4, null, 1, "a".repeat(64), 0,
        "match " + matchId, Instant.now())));
  }

  private static Map<String, Object> pushed(String reason) {
    return Map.of("type", "next", "id", "1",
        "payload", Map.of("data", Map.of("predictionUpdated", Map.of("reason", reason))));
  }

  private static void drain(GraphQlSocket socket) throws InterruptedException {
    while (socket.next(Duration.ofMillis(300)) != null) {
      // pushes of the publishing loop above
    }
  }
}
