package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerMatches.AVERAGE;
import static com.matchcast.ledger.LedgerMatches.oneXTwo;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.serving.PredictionScored;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.GraphQlSocket;
import com.matchcast.support.MariaDbTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import reactor.core.Disposable;

/**
 * A finished match is scored as soon as its result is published on the event bus (MatchUpdated
 * FINISHED, as the serving clock does at full time), with no prediction refresh running (the test
 * contexts schedule nothing), and the scored prediction is pushed once on predictionScored.
 */
class ScoreOnResultTest {

  static final Duration WAIT = Duration.ofSeconds(10);

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired LedgerScorer scorer;
    @Autowired IngestStore store;
    @Autowired DatabaseClient db;
    @Autowired EventBus events;
    @LocalServerPort int port;
    LedgerMatches matches;

    @BeforeEach
    void newSeason() {
      matches = new LedgerMatches(store, db);
    }

    /** A match played on the given day at 14:00 (2-1), predicted (0.5, 0.3, 0.2) the day before and once after kick-off. */
    long playedAndPredicted(int day, String home, String away) {
      long match = matches.store(home, away, matches.day(8, day), matches.day(8, day).atTime(14, 0),
          MatchStatus.FINISHED, 2, 1, oneXTwo(AVERAGE, true, "2.00", "3.40", "4.00"));
      ledger.record(matches.prediction(match, matches.day(8, day), 0.5, 0.3, 0.2, 7,
          matches.at(8, day, 12).minusSeconds(86_400))).block();
      ledger.record(matches.prediction(match, matches.day(8, day), 0.9, 0.05, 0.05, 7, matches.at(8, day, 15))).block();
      return match;
    }

    MatchUpdated finished(long match) {
      return new MatchUpdated(match, "E0", "Home", "Away", MatchStatus.FINISHED, 2, 1, Instant.now());
    }

    @Test
    void theResultOnTheBusIsScoredAtOnceAndPushedOnceHoweverOftenItComes() throws InterruptedException {
      long match = playedAndPredicted(3, "Arsenal", "Chelsea");
      long lastBeforeKickoff = ledger.history(match).collectList().block().get(0).id();
      List<PredictionScored> pushed = new CopyOnWriteArrayList<>();
      Disposable listening = events.on(PredictionScored.class).subscribe(pushed::add);
      try {
        assertThat(scores(match)).isZero();

        events.publish(finished(match));

        long until = System.nanoTime() + WAIT.toNanos();
        while (pushed.isEmpty() && System.nanoTime() < until) {
          Thread.sleep(20);
        }
        assertThat(pushed).singleElement()
            .satisfies(event -> assertThat(event.prediction().id()).isEqualTo(lastBeforeKickoff));
        Map<String, Object> score = db.sql("SELECT prediction_id, model_rps FROM prediction_score WHERE match_id = "
            + match).fetch().one().block();
        assertThat(((Number) score.get("prediction_id")).longValue()).isEqualTo(lastBeforeKickoff);
        // (0.5, 0.3, 0.2), home win: ((0.5 - 1)^2 + (0.8 - 1)^2) / 2
        assertThat(((BigDecimal) score.get("model_rps")).toPlainString()).isEqualTo("0.1450000000");

        // the same result again, the refresh's own pass and a direct call: nothing more is scored or pushed
        events.publish(finished(match));
        scorer.scoreFinished(match).block();
        assertThat(scorer.settle(match).blockOptional()).isEmpty();
        Thread.sleep(500);
        assertThat(scores(match)).isEqualTo(1);
        assertThat(pushed).hasSize(1);
      } finally {
        listening.dispose();
      }
    }

    @Test
    void aKickOffOrAnUnpredictedResultScoresNothing() throws InterruptedException {
      long unpredicted = matches.store("Chelsea", "Arsenal", matches.day(8, 10), matches.day(8, 10).atTime(14, 0),
          MatchStatus.FINISHED, 0, 0);
      long predicted = playedAndPredicted(11, "Arsenal", "Chelsea");
      List<PredictionScored> pushed = new CopyOnWriteArrayList<>();
      Disposable listening = events.on(PredictionScored.class).subscribe(pushed::add);
      try {
        events.publish(new MatchUpdated(predicted, "E0", "Home", "Away", MatchStatus.LIVE, null, null, Instant.now()));
        events.publish(finished(unpredicted));
        Thread.sleep(500);
        assertThat(scores(predicted)).isZero();
        assertThat(scores(unpredicted)).isZero();
        assertThat(pushed).isEmpty();
      } finally {
        listening.dispose();
      }
    }

    @Test
    void aMatchPageSubscribedToPredictionScoredIsToldTheScore() throws InterruptedException {
      List<Long> played = new ArrayList<>();
      for (int day = 20; day < 26; day++) {
        played.add(playedAndPredicted(day, day % 2 == 0 ? "Arsenal" : "Chelsea", day % 2 == 0 ? "Chelsea" : "Arsenal"));
      }
      List<String> ids = played.stream().map(String::valueOf).toList();
      try (GraphQlSocket socket = new GraphQlSocket(port).init(null)) {
        assertThat(socket.next(WAIT)).isEqualTo(Map.of("type", "connection_ack", "payload", Map.of()));
        socket.subscribe("1", "subscription { predictionScored(matchIds: [" + String.join(", ", ids.stream()
            .map(id -> "\"" + id + "\"").toList()) + "]) { id match { id } score { status result homeGoals awayGoals rps } } }");

        // The subscription starts asynchronously: finish one match after another until a push arrives.
        Map<String, Object> first = null;
        for (int i = 0; first == null && i < played.size(); i++) {
          events.publish(finished(played.get(i)));
          first = socket.next(Duration.ofMillis(1500));
        }
        assertThat(first).as("a push within %s matches", played.size()).containsEntry("type", "next")
            .containsEntry("id", "1");
        @SuppressWarnings("unchecked")
        Map<String, Object> node = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) first
            .get("payload")).get("data")).get("predictionScored");
        long match = Long.parseLong(((Map<?, ?>) node.get("match")).get("id").toString());
        assertThat(played).contains(match);
        assertThat(Long.parseLong(node.get("id").toString()))
            .isEqualTo(ledger.history(match).collectList().block().get(0).id());
        assertThat(node.get("score")).isEqualTo(Map.of("status", "SCORED", "result", "HOME", "homeGoals", 2,
            "awayGoals", 1, "rps", 0.145));
      }
    }

    long scores(long match) {
      return db.sql("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match)
          .map(row -> ((Number) row.get("n")).longValue()).one().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = LedgerMatches.OWN_CONTEXT)
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = LedgerMatches.OWN_CONTEXT)
  class OnMariaDb extends Contract {}
}
