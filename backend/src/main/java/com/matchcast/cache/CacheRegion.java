package com.matchcast.cache;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The hot reads the {@link ReadCache} keeps, each with its default time to live and size on one
 * instance (both settings: matchcast.cache.regions.&lt;name&gt;.ttl and .max-size). The TTL bounds
 * how long an invalidation lost between instances can leave a stale answer.
 */
public enum CacheRegion {

  /** Leagues by stored id, and each league's seasons with stored matches. */
  LEAGUES(Duration.ofHours(1), 2_000),
  /** Clubs by id, and club searches. */
  TEAMS(Duration.ofHours(1), 20_000),
  /** League tables by league, season and date (live serving only: a replay's table moves with its clock). */
  STANDINGS(Duration.ofMinutes(30), 2_000),
  /** Stored matches by id (a replay's view of them is applied after the cache). */
  MATCHES(Duration.ofMinutes(30), 20_000),
  /**
   * Every prediction of a match, oldest first (none yet is an empty history): a page of upcoming matches reads its predictions from
   * here in one batch, and a replay picks from each history the latest its clock has reached.
   */
  PREDICTION_HISTORIES(Duration.ofMinutes(30), 5_000);

  private final Duration defaultTtl;
  private final long defaultMaxSize;

  CacheRegion(Duration defaultTtl, long defaultMaxSize) {
    this.defaultTtl = defaultTtl;
    this.defaultMaxSize = defaultMaxSize;
  }

  /** The name in settings, metrics and Redis keys: leagues, teams, standings, matches, predictions, prediction-histories. */
  public String regionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  Duration defaultTtl() {
    return defaultTtl;
  }

  long defaultMaxSize() {
    return defaultMaxSize;
  }

  static CacheRegion named(String name) {
    return Arrays.stream(values()).filter(region -> region.regionName().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("matchcast.cache.regions." + name
            + ": no such cache region; the regions are " + names()));
  }

  static String names() {
    return Arrays.stream(values()).map(CacheRegion::regionName).collect(Collectors.joining(", "));
  }
}
