package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerMatches.AVERAGE;
import static com.matchcast.ledger.LedgerMatches.oneXTwo;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestStore;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.serving.ExplanationStore;
import com.matchcast.serving.MatchClock;
import com.matchcast.serving.PredictionScored;
import com.matchcast.serving.PredictionService;
import com.matchcast.serving.ServingMode;
import com.matchcast.serving.ServingProperties;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.HandClock;
import com.matchcast.timeline.StoredTimeline;
import com.matchcast.training.TrainingProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import reactor.core.Disposable;

/**
 * A result that came while no instance served (its MatchUpdated was never published) is scored by
 * the first look of the refresh after a start, and only once the serving clock shows it: a match
 * the replay's clock has not seen finish stays unscored, whatever the store holds. No model is
 * served here: scoring needs none.
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = "matchcast.test.context=catch-up-scoring")
class CatchUpScoringTest {

  @Autowired StoredTimeline stored;
  @Autowired ModelRegistry registry;
  @Autowired PredictionLedger ledger;
  @Autowired LedgerScorer scorer;
  @Autowired ExplanationStore explanations;
  @Autowired EventBus events;
  @Autowired IngestStore store;
  @Autowired DatabaseClient db;

  @Test
  void theFirstLookAfterAStartScoresTheResultsItMissedAndOnlyThoseTheClockShows() {
    LedgerMatches matches = new LedgerMatches(store, db);
    long missed = matches.store("Arsenal", "Chelsea", matches.day(8, 3), matches.day(8, 3).atTime(14, 0),
        MatchStatus.FINISHED, 0, 2, oneXTwo(AVERAGE, true, "2.00", "3.40", "4.00"));
    long later = matches.store("Chelsea", "Arsenal", matches.day(8, 24), matches.day(8, 24).atTime(14, 0),
        MatchStatus.FINISHED, 1, 1, oneXTwo(AVERAGE, true, "2.00", "3.40", "4.00"));
    long scoredFirst = ledger.record(matches.prediction(missed, matches.day(8, 3), 0.5, 0.3, 0.2, 7,
        matches.at(8, 2, 12))).block().id();
    ledger.record(matches.prediction(later, matches.day(8, 24), 0.5, 0.3, 0.2, 7, matches.at(8, 20, 12))).block();
    List<PredictionScored> pushed = new CopyOnWriteArrayList<>();
    Disposable listening = events.on(PredictionScored.class).subscribe(pushed::add);
    try {
      // a replay standing on 10 August: 3 August's result is shown, 24 August's is not
      MatchClock clock = MatchClock.replay(new HandClock(Instant.parse("2026-11-29T10:00:00Z")),
          matches.at(8, 10, 12), 3600);
      PredictionService service = new PredictionService(stored, registry, ledger, scorer, explanations, events,
          new ServingProperties(ServingMode.REPLAY, null, 3600.0, Duration.ofSeconds(1), Duration.ofDays(7), 0.01),
          new TrainingProperties(null, List.of("E0"), null, null, null, null, null),
          new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
      service.start(clock).block();

      service.tick().block();

      assertThat(db.sql("SELECT prediction_id, model_rps FROM prediction_score WHERE match_id = " + missed)
          .map(row -> row.get("prediction_id", Long.class) + " " + row.get("model_rps", java.math.BigDecimal.class)
              .toPlainString()).all().collectList().block())
          // (0.5, 0.3, 0.2), away win: ((0.5 - 0)^2 + (0.8 - 0)^2) / 2
          .containsExactly(scoredFirst + " 0.4450000000");
      assertThat(count(later)).as("not finished on the clock").isZero();
      assertThat(pushed).singleElement()
          .satisfies(event -> assertThat(event.prediction().id()).isEqualTo(scoredFirst));

      service.tick().block();
      service.stop();
      assertThat(count(missed)).isEqualTo(1);
      assertThat(pushed).hasSize(1);
    } finally {
      listening.dispose();
    }
  }

  long count(long match) {
    return db.sql("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = " + match)
        .map(row -> ((Number) row.get("n")).longValue()).one().block();
  }
}
