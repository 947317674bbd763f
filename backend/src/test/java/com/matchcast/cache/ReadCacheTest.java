package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.context.Context;

/** The first level on its own (no Redis): loading once, caching absence, invalidation, counters, settings. */
class ReadCacheTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ReadCache cache = new ReadCache(properties(true, Map.of()), null, new CacheMeters(registry));
  private final AtomicInteger loads = new AtomicInteger();

  private Mono<String> load(String value) {
    return Mono.fromSupplier(() -> {
      loads.incrementAndGet();
      return value;
    });
  }

  @Test
  void aSecondGetIsAnsweredFromTheFirstLevelWithoutLoading() {
    assertThat(cache.get(CacheRegion.TEAMS, 7L, () -> load("Arsenal")).block()).isEqualTo("Arsenal");
    assertThat(cache.get(CacheRegion.TEAMS, 7L, () -> load("not asked")).block()).isEqualTo("Arsenal");
    assertThat(loads).hasValue(1);
    assertThat(gets("teams", "l1", "miss")).isEqualTo(1.0);
    assertThat(gets("teams", "l1", "hit")).isEqualTo(1.0);
  }

  @Test
  void regionsAreApartEvenForEqualKeys() {
    cache.get(CacheRegion.TEAMS, 1L, () -> load("a club")).block();
    assertThat(cache.get(CacheRegion.MATCHES, 1L, () -> load("a match")).block()).isEqualTo("a match");
    assertThat(loads).hasValue(2);
  }

  @Test
  void absenceIsCachedUntilInvalidated() {
    AtomicInteger asked = new AtomicInteger();
    Mono<String> nothing = Mono.fromRunnable(asked::incrementAndGet);
    assertThat(cache.get(CacheRegion.PREDICTION_HISTORIES, 12L, () -> nothing).blockOptional()).isEmpty();
    assertThat(cache.get(CacheRegion.PREDICTION_HISTORIES, 12L, () -> nothing).blockOptional()).isEmpty();
    assertThat(asked).hasValue(1);

    cache.invalidate(CacheRegion.PREDICTION_HISTORIES, 12L).block();
    assertThat(cache.get(CacheRegion.PREDICTION_HISTORIES, 12L, () -> load("home win 0.51")).block()).isEqualTo("home win 0.51");
    assertThat(invalidations("prediction-histories", "local")).isEqualTo(1.0);
  }

  @Test
  void concurrentMissesOfOneKeyShareOneLoad() {
    Sinks.One<String> database = Sinks.one();
    AtomicInteger subscribed = new AtomicInteger();
    Mono<String> slow = database.asMono().doOnSubscribe(s -> subscribed.incrementAndGet());
    List<String> answers = new ArrayList<>();
    cache.get(CacheRegion.STANDINGS, "E0|2023-2024|null", () -> slow).subscribe(answers::add);
    cache.get(CacheRegion.STANDINGS, "E0|2023-2024|null", () -> slow).subscribe(answers::add);
    assertThat(answers).isEmpty();
    database.tryEmitValue("table");
    assertThat(answers).containsExactly("table", "table");
    assertThat(subscribed).hasValue(1);
    assertThat(gets("standings", "l1", "miss")).isEqualTo(1.0);
    assertThat(gets("standings", "l1", "hit")).as("the second joined the first's load").isEqualTo(1.0);
  }

  @Test
  void theLoadRunsInTheCallersReactorContext() {
    Mono<String> requestId = Mono.deferContextual(context -> Mono.just(context.<String>get("requestId")));
    assertThat(cache.get(CacheRegion.TEAMS, 8L, () -> requestId).contextWrite(Context.of("requestId", "req-42")).block())
        .isEqualTo("req-42");
    assertThat(cache.<Long, String>getAll(CacheRegion.MATCHES, List.of(8L), missing -> requestId.map(id -> Map.of(8L, id)))
        .contextWrite(Context.of("requestId", "req-43")).block()).isEqualTo(Map.of(8L, "req-43"));
  }

  @Test
  void aFailedLoadIsNotCached() {
    assertThatThrownBy(() -> cache.get(CacheRegion.TEAMS, 3L, () -> Mono.<String>error(new IllegalStateException("down")))
        .block()).isInstanceOf(IllegalStateException.class).hasMessage("down");
    assertThat(cache.get(CacheRegion.TEAMS, 3L, () -> load("Liverpool")).block()).isEqualTo("Liverpool");
  }

  @Test
  void getAllLoadsOnlyTheMissingKeysInOneCall() {
    List<Collection<Long>> calls = new ArrayList<>();
    cache.getAll(CacheRegion.TEAMS, List.of(1L, 2L), missing -> {
      calls.add(List.copyOf(missing));
      return Mono.just(names(missing));
    }).block();
    Map<Long, String> found = cache.<Long, String>getAll(CacheRegion.TEAMS, List.of(1L, 2L, 3L, 99L), missing -> {
      calls.add(List.copyOf(missing));
      Map<Long, String> stored = names(missing);
      stored.remove(99L);
      return Mono.just(stored);
    }).block();
    assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(1L, "team 1", 2L, "team 2", 3L, "team 3"));
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0)).containsExactlyInAnyOrder(1L, 2L);
    assertThat(calls.get(1)).containsExactlyInAnyOrder(3L, 99L);
    assertThat(gets("teams", "l1", "hit")).isEqualTo(2.0);
    assertThat(gets("teams", "l1", "miss")).isEqualTo(4.0);
  }

  @Test
  void aSingleGetFindsWhatGetAllCachedUnderTheSameKey() {
    cache.getAll(CacheRegion.MATCHES, List.of(5L), missing -> Mono.just(names(missing))).block();
    assertThat(cache.get(CacheRegion.MATCHES, 5L, () -> load("not asked")).block()).isEqualTo("team 5");
    assertThat(loads).hasValue(0);
  }

  @Test
  void invalidatingARegionForgetsAllOfItAndNothingElse() {
    cache.get(CacheRegion.TEAMS, 1L, () -> load("one")).block();
    cache.get(CacheRegion.LEAGUES, 1L, () -> load("E0")).block();
    cache.invalidateAll(CacheRegion.TEAMS).block();
    assertThat(cache.get(CacheRegion.TEAMS, 1L, () -> load("one again")).block()).isEqualTo("one again");
    assertThat(cache.get(CacheRegion.LEAGUES, 1L, () -> load("not asked")).block()).isEqualTo("E0");
    assertThat(loads).hasValue(3);
  }

  @Test
  void disabledEveryGetLoadsAndNothingIsCounted() {
    ReadCache off = new ReadCache(properties(false, Map.of()), null, new CacheMeters(registry));
    off.get(CacheRegion.TEAMS, 1L, () -> load("one")).block();
    off.get(CacheRegion.TEAMS, 1L, () -> load("one")).block();
    off.getAll(CacheRegion.TEAMS, List.of(1L), missing -> load("x").map(x -> names(missing))).block();
    assertThat(loads).hasValue(3);
    assertThat(registry.find(CacheMeters.GETS).counters()).isEmpty();
  }

  @Test
  void aRegionsTtlAndSizeAreSettingsWithDefaults() {
    assertThat(properties(true, Map.of("teams", new CacheProperties.RegionSettings(Duration.ofSeconds(5), null)))
        .effective().get(CacheRegion.TEAMS)).isEqualTo(new CacheProperties.RegionSettings(Duration.ofSeconds(5), 20_000L));
    assertThat(properties(true, Map.of()).effective().get(CacheRegion.PREDICTION_HISTORIES))
        .isEqualTo(new CacheProperties.RegionSettings(Duration.ofMinutes(30), 5_000L));
  }

  @Test
  void badSettingsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> properties(true, Map.of("fixtures", new CacheProperties.RegionSettings(null, null)))
        .effective()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matchcast.cache.regions.fixtures: no such cache region; the regions are leagues, teams,"
            + " standings, matches, prediction-histories");
    assertThatThrownBy(() -> properties(true, Map.of("teams", new CacheProperties.RegionSettings(Duration.ZERO, null)))
        .effective()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matchcast.cache.regions.teams.ttl must be positive, got PT0S");
    assertThatThrownBy(() -> properties(true, Map.of("teams", new CacheProperties.RegionSettings(null, 0L)))
        .effective()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matchcast.cache.regions.teams.max-size must be positive, got 0");
    assertThatThrownBy(() -> new CacheProperties(true, "p", Duration.ZERO, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("matchcast.cache.redis-timeout must be positive, got PT0S");
  }

  private static Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> out = new HashMap<>();
    ids.forEach(id -> out.put(id, "team " + id));
    return out;
  }

  static CacheProperties properties(boolean enabled, Map<String, CacheProperties.RegionSettings> regions) {
    return new CacheProperties(enabled, "matchcast:cache", Duration.ofMillis(250), regions);
  }

  private double gets(String region, String level, String result) {
    var counter = registry.find(CacheMeters.GETS).tags("region", region, "level", level, "result", result).counter();
    return counter == null ? 0 : counter.count();
  }

  private double invalidations(String region, String origin) {
    var counter = registry.find(CacheMeters.INVALIDATIONS).tags("region", region, "origin", origin).counter();
    return counter == null ? 0 : counter.count();
  }
}
