package com.matchcast.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The cache's counters at /actuator/prometheus:
 * matchcast_cache_gets_total{region, level="l1"|"l2", result="hit"|"miss"|"error"} (error: Redis
 * failed or did not answer in time, and the look-up went on to the database), and
 * matchcast_cache_invalidations_total{region, origin="local"|"remote"} (remote: announced by
 * another instance).
 */
final class CacheMeters {

  static final String GETS = "matchcast.cache.gets";
  static final String INVALIDATIONS = "matchcast.cache.invalidations";

  enum Level { L1, L2 }

  enum Result { HIT, MISS, ERROR }

  private final MeterRegistry registry;

  CacheMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The region name of whole GraphQL answers ({@link ResponseCache}), which live beside the read cache's regions. */
  static final String RESPONSES = "responses";

  void gets(CacheRegion region, Level level, Result result, int count) {
    gets(region.regionName(), level, result, count);
  }

  void gets(String region, Level level, Result result, int count) {
    if (count > 0) {
      Counter.builder(GETS).description("Cache look-ups per region, level and result")
          .tag("region", region).tag("level", level.name().toLowerCase(Locale.ROOT))
          .tag("result", result.name().toLowerCase(Locale.ROOT))
          .register(registry).increment(count);
    }
  }

  void invalidated(CacheRegion region, boolean remote) {
    Counter.builder(INVALIDATIONS).description("Cache invalidations per region, by this instance or announced by another")
        .tag("region", region.regionName()).tag("origin", remote ? "remote" : "local")
        .register(registry).increment();
  }
}
