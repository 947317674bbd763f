package com.matchcast.cache;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the read cache (README, Caching).
 *
 * @param enabled      false: every read goes to the store (tests that write the store directly)
 * @param redisPrefix  the start of every Redis key and of the invalidation topic's name, so that
 *                     several deployments (or test runs) can share one Redis
 * @param redisTimeout the longest a request waits on Redis before it carries on without it
 * @param regions      per region name, its ttl and max-size on one instance; unset ones keep the
 *                     defaults of {@link CacheRegion}
 */
@ConfigurationProperties("matchcast.cache")
public record CacheProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("matchcast:cache") String redisPrefix,
    @DefaultValue("250ms") Duration redisTimeout,
    Map<String, RegionSettings> regions) {

  public CacheProperties {
    regions = regions == null ? Map.of() : Map.copyOf(regions);
    if (redisTimeout.isNegative() || redisTimeout.isZero()) {
      throw new IllegalArgumentException("matchcast.cache.redis-timeout must be positive, got " + redisTimeout);
    }
  }

  /** One region's settings; null keeps the region's default. */
  public record RegionSettings(Duration ttl, Long maxSize) {}

  /** Every region's effective settings, the defaults overridden by what is set. */
  Map<CacheRegion, RegionSettings> effective() {
    Map<CacheRegion, RegionSettings> out = new EnumMap<>(CacheRegion.class);
    for (CacheRegion region : CacheRegion.values()) {
      out.put(region, new RegionSettings(region.defaultTtl(), region.defaultMaxSize()));
    }
    regions.forEach((name, set) -> {
      CacheRegion region = CacheRegion.named(name);
      Duration ttl = set.ttl() == null ? region.defaultTtl() : set.ttl();
      long maxSize = set.maxSize() == null ? region.defaultMaxSize() : set.maxSize();
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("matchcast.cache.regions." + name + ".ttl must be positive, got " + ttl);
      }
      if (maxSize <= 0) {
        throw new IllegalArgumentException("matchcast.cache.regions." + name + ".max-size must be positive, got "
            + maxSize);
      }
      out.put(region, new RegionSettings(ttl, maxSize));
    });
    return out;
  }
}
