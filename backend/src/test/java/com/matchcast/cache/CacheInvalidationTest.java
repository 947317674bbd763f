package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.events.InProcessEventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.model.registry.ModelVersion;
import com.matchcast.model.registry.ModelVersionPromoted;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionMade;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The events that change the store clear exactly the cached reads they make stale. */
class CacheInvalidationTest {

  private final InProcessEventBus events = new InProcessEventBus();
  private final ReadCache cache =
      new ReadCache(ReadCacheTest.properties(true, Map.of()), null, new CacheMeters(new SimpleMeterRegistry()));
  private CacheInvalidation invalidation;

  @BeforeEach
  void listen() {
    invalidation = new CacheInvalidation(events, cache);
    for (CacheRegion region : CacheRegion.values()) {
      cache.get(region, 1L, () -> Mono.just("old " + region.regionName())).block();
      cache.get(region, 2L, () -> Mono.just("old " + region.regionName())).block();
    }
  }

  @AfterEach
  void stop() {
    invalidation.destroy();
  }

  @Test
  void aNewPredictionClearsThatMatchsPredictionHistoryOnly() {
    events.publish(new PredictionMade(prediction(1)));
    assertThat(cached()).isEqualTo(Map.of(
        "leagues", List.of("old leagues", "old leagues"), "teams", List.of("old teams", "old teams"),
        "standings", List.of("old standings", "old standings"), "matches", List.of("old matches", "old matches"),
        "prediction-histories", List.of("new", "old prediction-histories")));
  }

  @Test
  void anImportThatChangedRowsClearsLeaguesTeamsStandingsAndMatches() {
    events.publish(new IngestRunFinished(run(3, 1), Instant.parse("2026-11-30T00:00:00Z")));
    assertThat(cached()).isEqualTo(Map.of(
        "leagues", List.of("new", "new"), "teams", List.of("new", "new"), "standings", List.of("new", "new"),
        "matches", List.of("new", "new"), "prediction-histories", List.of("old prediction-histories", "old prediction-histories")));
  }

  @Test
  void anImportThatChangedNothingClearsNothing() {
    events.publish(new IngestRunFinished(run(0, 0), Instant.parse("2026-11-30T00:00:00Z")));
    assertThat(cached().values()).allSatisfy(values -> assertThat(values.get(0)).startsWith("old "));
  }

  @Test
  void aPromotedModelClearsEveryPredictionHistory() {
    events.publish(new ModelVersionPromoted(version()));
    assertThat(cached()).isEqualTo(Map.of(
        "leagues", List.of("old leagues", "old leagues"), "teams", List.of("old teams", "old teams"),
        "standings", List.of("old standings", "old standings"), "matches", List.of("old matches", "old matches"),
        "prediction-histories", List.of("new", "new")));
  }

  /** Per region, what keys 1 and 2 answer now: "new" where the entry was cleared. */
  private Map<String, List<String>> cached() {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (CacheRegion region : CacheRegion.values()) {
      out.put(region.regionName(), List.of(cache.get(region, 1L, () -> Mono.just("new")).block(),
          cache.get(region, 2L, () -> Mono.just("new")).block()));
    }
    return out;
  }

  private static Prediction prediction(long matchId) {
    return new Prediction(10, matchId, "E0", "2023-2024", LocalDate.of(2023, 9, 16), null, "Home", "Away", 0.5, 0.3,
        0.2, 1.5, 1.0, 0.5, 0.5, List.of(), 0.4, null, 1, "a".repeat(64), 0, "first forecast", Instant.now());
  }

  private static IngestRunSummary run(int inserted, int updated) {
    return new IngestRunSummary(7, "football-data", "E0/2023-2024.csv", IngestStatus.SUCCEEDED, 380, inserted, updated,
        380 - inserted - updated, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), Duration.ofSeconds(2), null);
  }

  private static ModelVersion version() {
    return new ModelVersion(3, "ensemble", "ENSEMBLE", Instant.parse("2026-11-29T00:00:00Z"), LocalDate.of(2019, 8, 1),
        LocalDate.of(2024, 5, 19), "b".repeat(64), 42, null, List.of(), Map.of(), "ensemble-3.bin", "c".repeat(64),
        true, ModelVersion.READY);
  }
}
