package com.matchcast.cache;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.redisson.api.RMapCache;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.Codec;
import org.redisson.codec.Kryo5Codec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The level shared by every instance: one Redis hash per region (Redisson RMapCache, a TTL per
 * entry) and one pub/sub topic for invalidations. Every call is time-limited: a Redis that is
 * gone or slow costs a request at most the timeout, and the cache carries on with its first level.
 * Kryo stores the cached records as they are (STACK.md, pitfall 8).
 */
final class RedisSecondLevel {

  private static final Logger log = LoggerFactory.getLogger(RedisSecondLevel.class);

  private final RedissonClient redis;
  private final String prefix;
  private final Duration timeout;
  private final Codec codec = new Kryo5Codec(RedisSecondLevel.class.getClassLoader());
  private final RTopic topic;

  RedisSecondLevel(RedissonClient redis, String prefix, Duration timeout) {
    this.redis = redis;
    this.prefix = prefix;
    this.timeout = timeout;
    this.topic = redis.getTopic(prefix + ":invalidations", codec);
  }

  /** The entries found; fails (after at most the timeout) when Redis does not answer. */
  Mono<Map<String, Optional<Object>>> getAll(CacheRegion region, Set<String> keys) {
    return limited(() -> map(region).getAllAsync(keys)).map(found -> {
      Map<String, Optional<Object>> out = new HashMap<>();
      found.forEach((key, stored) -> out.put(key, Optional.ofNullable(stored.value())));
      return out;
    });
  }

  /** Writes back what a loader read; nobody waits for it, a failure only costs a later miss. */
  void putAll(CacheRegion region, Map<String, Optional<Object>> values, Duration ttl) {
    if (values.isEmpty()) {
      return;
    }
    Map<String, Stored> stored = new HashMap<>();
    values.forEach((key, value) -> stored.put(key, new Stored(value.orElse(null))));
    limited(() -> map(region).putAllAsync(stored, ttl.toMillis(), TimeUnit.MILLISECONDS))
        .subscribe(done -> { }, e -> log.debug("Writing {} entries of cache region {} to Redis failed: {}",
            stored.size(), region.regionName(), e.toString()));
  }

  /** Removes a key, or the whole region when {@code key} is null. */
  Mono<Void> remove(CacheRegion region, String key) {
    return key == null ? limited(() -> map(region).deleteAsync()).then()
        : limited(() -> map(region).fastRemoveAsync(key)).then();
  }

  Mono<Void> publish(Invalidation invalidation) {
    return limited(() -> topic.publishAsync(invalidation)).then();
  }

  /** Redisson subscribes again by itself after a lost connection. */
  void onInvalidation(Consumer<Invalidation> listener) {
    topic.addListenerAsync(Invalidation.class, (channel, message) -> listener.accept(message))
        .whenComplete((id, e) -> {
          if (e != null) {
            log.warn("Subscribing to cache invalidations failed; other instances' changes reach this one only"
                + " through TTLs: {}", e.toString());
          }
        });
  }

  void close() {
    topic.removeAllListenersAsync();
  }

  private RMapCache<String, Stored> map(CacheRegion region) {
    return redis.getMapCache(prefix + ":" + region.regionName(), codec);
  }

  private <T> Mono<T> limited(Supplier<CompletionStage<T>> call) {
    return Mono.fromCompletionStage(call).timeout(timeout);
  }

  /** One cached value in Redis; a null value records that the store has none. */
  record Stored(Object value) {}
}
