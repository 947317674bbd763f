package com.matchcast.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.matchcast.cache.CacheMeters.Level;
import com.matchcast.cache.CacheMeters.Result;
import com.matchcast.cache.CacheProperties.RegionSettings;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The one cache in front of the hot reads. A look-up tries this instance's Caffeine cache (L1),
 * then Redis when MATCHCAST_REDIS_URL is set (L2), then the loader, and writes what it found back
 * to the levels it missed. Concurrent misses of one key share one load (Caffeine's AsyncCache).
 * The store may have nothing for a key: that absence is cached too, and a change clears it.
 *
 * <p>Invalidation clears this instance's L1, then L2, then tells the other instances to clear
 * theirs; a message lost on the way costs at most the region's TTL. A load that was under way on
 * another instance may write its old value to Redis after the clearing: so an instance told to
 * forget clears Redis again, and a load that began before an invalidation writes nothing there.
 * Without Redis, or while it is gone, the cache runs on L1 alone: Redis calls give up after
 * matchcast.cache.redis-timeout.
 */
public class ReadCache {

  private static final Logger log = LoggerFactory.getLogger(ReadCache.class);

  private final String instance = UUID.randomUUID().toString();
  private final Map<CacheRegion, RegionSettings> settings;
  private final Map<CacheRegion, AsyncCache<String, Optional<Object>>> firstLevel = new EnumMap<>(CacheRegion.class);
  /** Counts each region's invalidations: a load that began before one must not write its value to Redis. */
  private final Map<CacheRegion, AtomicLong> epochs = new EnumMap<>(CacheRegion.class);
  private final RedisSecondLevel secondLevel;
  private final CacheMeters meters;
  private final boolean enabled;

  ReadCache(CacheProperties properties, RedisSecondLevel secondLevel, CacheMeters meters) {
    this.settings = properties.effective();
    this.secondLevel = secondLevel;
    this.meters = meters;
    this.enabled = properties.enabled();
    settings.forEach((region, set) -> {
      firstLevel.put(region, Caffeine.newBuilder().expireAfterWrite(set.ttl()).maximumSize(set.maxSize()).buildAsync());
      epochs.put(region, new AtomicLong());
    });
    if (secondLevel != null && enabled) {
      secondLevel.onInvalidation(this::announced);
    }
  }

  /** The value of {@code key}, from a level of the cache or else from {@code loader}; empty when the store has none. */
  @SuppressWarnings("unchecked")
  public <V> Mono<V> get(CacheRegion region, Object key, Supplier<Mono<V>> loader) {
    if (!enabled) {
      return Mono.defer(loader);
    }
    // the load runs in the first caller's context (its request id on the load's log lines)
    return Mono.deferContextual(context -> {
      boolean[] missed = {false};
      CompletableFuture<Optional<Object>> value = firstLevel.get(region).get(String.valueOf(key), (name, executor) -> {
        missed[0] = true;
        return secondLevelThenLoader(region, name, loader).contextWrite(context).toFuture();
      });
      meters.gets(region, Level.L1, missed[0] ? Result.MISS : Result.HIT, 1);
      // other callers may wait for the same load: one of them going away must not cancel it
      return Mono.fromFuture(value, true).flatMap(found -> Mono.justOrEmpty((Optional<V>) found));
    });
  }

  /**
   * The values of those {@code keys} that have one, each from a level of the cache or else from one
   * call of {@code loader} for all the keys no level had. Keys the loader does not answer are not cached.
   */
  @SuppressWarnings("unchecked")
  public <K, V> Mono<Map<K, V>> getAll(CacheRegion region, Collection<K> keys,
      Function<Collection<K>, Mono<Map<K, V>>> loader) {
    if (!enabled) {
      return Mono.defer(() -> loader.apply(keys));
    }
    return Mono.deferContextual(context -> {
      Map<String, K> byName = new LinkedHashMap<>();
      keys.forEach(key -> byName.put(String.valueOf(key), key));
      Set<String> missed = new HashSet<>();
      CompletableFuture<Map<String, Optional<Object>>> values = firstLevel.get(region).getAll(byName.keySet(),
          (names, executor) -> {
            missed.addAll(names);
            return secondLevelThenLoader(region, Set.copyOf(names), byName, loader).contextWrite(context).toFuture();
          });
      meters.gets(region, Level.L1, Result.HIT, byName.size() - missed.size());
      meters.gets(region, Level.L1, Result.MISS, missed.size());
      return Mono.fromFuture(values, true).map(found -> {
        Map<K, V> out = new HashMap<>();
        found.forEach((name, value) -> value.ifPresent(v -> out.put(byName.get(name), (V) v)));
        return out;
      });
    });
  }

  /** Forgets {@code key} of the region on every instance. */
  public Mono<Void> invalidate(CacheRegion region, Object key) {
    return invalidate(region, String.valueOf(key));
  }

  /** Forgets the whole region on every instance. */
  public Mono<Void> invalidateAll(CacheRegion region) {
    return invalidate(region, (String) null);
  }

  private Mono<Void> invalidate(CacheRegion region, String key) {
    if (!enabled) {
      return Mono.empty();
    }
    forget(region, key);
    meters.invalidated(region, false);
    if (secondLevel == null) {
      return Mono.empty();
    }
    // L2 first: another instance told to forget must not find the old value there again
    return secondLevel.remove(region, key).then(secondLevel.publish(new Invalidation(instance, region.regionName(), key)))
        .onErrorResume(e -> {
          log.warn("Redis did not take the invalidation of cache region {}{}; other instances keep their copy"
              + " for at most its TTL: {}", region.regionName(), key == null ? "" : " key " + key, e.toString());
          return Mono.empty();
        });
  }

  /** Another instance changed something: forget this instance's copy. */
  private void announced(Invalidation invalidation) {
    if (!instance.equals(invalidation.origin())) {
      CacheRegion region = Arrays.stream(CacheRegion.values())
          .filter(known -> known.regionName().equals(invalidation.region())).findFirst().orElse(null);
      if (region == null) {
        // an instance of another release, with a region this one does not have
        return;
      }
      forget(region, invalidation.key());
      meters.invalidated(region, true);
      secondLevel.remove(region, invalidation.key()).subscribe(done -> { }, e -> log.debug(
          "Clearing cache region {} in Redis again failed: {}", region.regionName(), e.toString()));
    }
  }

  private void forget(CacheRegion region, String key) {
    epochs.get(region).incrementAndGet();
    if (key == null) {
      firstLevel.get(region).synchronous().invalidateAll();
    } else {
      firstLevel.get(region).synchronous().invalidate(key);
    }
  }

  private <V> Mono<Optional<Object>> secondLevelThenLoader(CacheRegion region, String name, Supplier<Mono<V>> loader) {
    long epoch = epochs.get(region).get();
    Mono<Optional<Object>> load = Mono.defer(loader).map(Optional::<Object>of).defaultIfEmpty(Optional.empty())
        .doOnNext(value -> writeBack(region, Map.of(name, value), epoch));
    if (secondLevel == null) {
      return load;
    }
    return secondLevel(region, Set.of(name)).flatMap(found -> found.containsKey(name)
        ? Mono.just(found.get(name)) : load);
  }

  private <K, V> Mono<Map<String, Optional<Object>>> secondLevelThenLoader(CacheRegion region, Set<String> names,
      Map<String, K> byName, Function<Collection<K>, Mono<Map<K, V>>> loader) {
    long epoch = epochs.get(region).get();
    Mono<Map<String, Optional<Object>>> inRedis = secondLevel == null ? Mono.just(Map.of()) : secondLevel(region, names);
    return inRedis.flatMap(found -> {
      Set<K> missing = new HashSet<>();
      names.stream().filter(name -> !found.containsKey(name)).forEach(name -> missing.add(byName.get(name)));
      if (missing.isEmpty()) {
        return Mono.just(found);
      }
      return loader.apply(missing).defaultIfEmpty(Map.of()).map(loaded -> {
        Map<String, Optional<Object>> fresh = new HashMap<>();
        loaded.forEach((key, value) -> fresh.put(String.valueOf(key), Optional.of(value)));
        writeBack(region, fresh, epoch);
        Map<String, Optional<Object>> all = new HashMap<>(found);
        all.putAll(fresh);
        return all;
      });
    });
  }

  /** The entries Redis has; none when it failed or was too slow, which counts as an error. */
  private Mono<Map<String, Optional<Object>>> secondLevel(CacheRegion region, Set<String> names) {
    return secondLevel.getAll(region, names)
        .doOnNext(found -> {
          meters.gets(region, Level.L2, Result.HIT, found.size());
          meters.gets(region, Level.L2, Result.MISS, names.size() - found.size());
        })
        .onErrorResume(e -> {
          meters.gets(region, Level.L2, Result.ERROR, names.size());
          log.debug("Redis did not answer for cache region {}: {}", region.regionName(), e.toString());
          return Mono.just(Map.of());
        });
  }

  private void writeBack(CacheRegion region, Map<String, Optional<Object>> values, long loadedInEpoch) {
    if (secondLevel != null && epochs.get(region).get() == loadedInEpoch) {
      secondLevel.putAll(region, values, settings.get(region).ttl());
    }
  }

  void close() {
    if (secondLevel != null) {
      secondLevel.close();
    }
  }
}
