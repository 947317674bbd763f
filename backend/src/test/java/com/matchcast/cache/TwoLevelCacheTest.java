package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import reactor.core.publisher.Mono;

/**
 * Two instances sharing the Redis of this machine (keys under a prefix of this run's own): what one
 * loaded the other finds in Redis, an invalidation on one reaches the other; and a cache whose own
 * Redis is stopped keeps answering from its first level and its loaders.
 */
class TwoLevelCacheTest {

  private final String prefix = "matchcast:test:" + UUID.randomUUID();
  private RedissonClient redis;
  private final SimpleMeterRegistry metersA = new SimpleMeterRegistry();
  private final SimpleMeterRegistry metersB = new SimpleMeterRegistry();
  private ReadCache instanceA;
  private ReadCache instanceB;
  private final AtomicInteger loads = new AtomicInteger();

  @BeforeEach
  void twoInstances() {
    redis = client(6379);
    instanceA = cache(redis, prefix, metersA);
    instanceB = cache(redis, prefix, metersB);
  }

  @AfterEach
  void removeKeys() {
    instanceA.close();
    instanceB.close();
    // deleting each region's map also deletes the expiry bookkeeping Redisson keeps beside it
    for (CacheRegion region : CacheRegion.values()) {
      redis.getMapCache(prefix + ":" + region.regionName(), new org.redisson.codec.Kryo5Codec()).delete();
    }
    redis.shutdown();
  }

  @Test
  void whatOneInstanceLoadedTheOtherReadsFromRedis() {
    assertThat(instanceA.get(CacheRegion.TEAMS, 1L, () -> load("Arsenal")).block()).isEqualTo("Arsenal");
    awaitInRedis("teams", "1");
    assertThat(instanceB.get(CacheRegion.TEAMS, 1L, () -> load("not asked")).block()).isEqualTo("Arsenal");
    assertThat(loads).hasValue(1);
    assertThat(gets(metersB, "teams", "l1", "miss")).isEqualTo(1.0);
    assertThat(gets(metersB, "teams", "l2", "hit")).isEqualTo(1.0);
    assertThat(gets(metersA, "teams", "l2", "miss")).isEqualTo(1.0);
  }

  @Test
  void absenceTravelsThroughRedisToo() {
    assertThat(instanceA.get(CacheRegion.PREDICTION_HISTORIES, 9L, Mono::<String>empty).blockOptional()).isEmpty();
    awaitInRedis("prediction-histories", "9");
    assertThat(instanceB.get(CacheRegion.PREDICTION_HISTORIES, 9L, () -> load("not asked")).blockOptional()).isEmpty();
    assertThat(loads).hasValue(0);
  }

  @Test
  void getAllTakesWhatRedisHasAndLoadsTheRest() {
    instanceA.get(CacheRegion.MATCHES, 1L, () -> load("match 1")).block();
    awaitInRedis("matches", "1");
    Map<Long, String> found = instanceB.<Long, String>getAll(CacheRegion.MATCHES, java.util.List.of(1L, 2L),
        missing -> {
          assertThat(missing).containsExactly(2L);
          return Mono.just(Map.of(2L, "match 2"));
        }).block();
    assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(1L, "match 1", 2L, "match 2"));
    assertThat(gets(metersB, "matches", "l2", "hit")).isEqualTo(1.0);
    assertThat(gets(metersB, "matches", "l2", "miss")).isEqualTo(1.0);
  }

  @Test
  void anInvalidationOnOneInstanceClearsTheOthersFirstLevelAndRedis() {
    instanceA.get(CacheRegion.TEAMS, 1L, () -> load("Arsenal")).block();
    awaitInRedis("teams", "1");
    instanceB.get(CacheRegion.TEAMS, 1L, () -> load("not asked")).block();

    instanceA.invalidate(CacheRegion.TEAMS, 1L).block();
    await(() -> invalidations(metersB, "teams", "remote") == 1.0);
    assertThat(instanceB.get(CacheRegion.TEAMS, 1L, () -> load("Arsenal FC")).block()).isEqualTo("Arsenal FC");
    assertThat(invalidations(metersA, "teams", "local")).isEqualTo(1.0);
    assertThat(invalidations(metersA, "teams", "remote")).as("its own announcement").isEqualTo(0.0);
  }

  @Test
  void aWholeRegionInvalidatedOnOneIsForgottenOnTheOther() {
    instanceB.get(CacheRegion.STANDINGS, "E0|2023-2024|null", () -> load("old table")).block();
    instanceB.get(CacheRegion.TEAMS, 4L, () -> load("Tottenham")).block();
    instanceA.invalidateAll(CacheRegion.STANDINGS).block();
    await(() -> invalidations(metersB, "standings", "remote") == 1.0);
    assertThat(instanceB.get(CacheRegion.STANDINGS, "E0|2023-2024|null", () -> load("new table")).block())
        .isEqualTo("new table");
    assertThat(instanceB.get(CacheRegion.TEAMS, 4L, () -> load("not asked")).block()).isEqualTo("Tottenham");
  }

  @Test
  void withItsRedisStoppedACacheAnswersFromItsFirstLevelAndItsLoaders() throws Exception {
    int port = freePort();
    Process server = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--save", "",
        "--appendonly", "no", "--daemonize", "no").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    RedissonClient own = null;
    try {
      own = awaitClient(port);
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      ReadCache cache = cache(own, prefix, meters);
      cache.get(CacheRegion.TEAMS, 1L, () -> load("Arsenal")).block();
      RedissonClient stopped = own;
      await(() -> stopped.getMapCache(prefix + ":teams", new org.redisson.codec.Kryo5Codec()).containsKey("1"));

      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();

      assertThat(cache.get(CacheRegion.TEAMS, 1L, () -> load("not asked")).block()).isEqualTo("Arsenal");
      assertThat(cache.get(CacheRegion.TEAMS, 2L, () -> load("Chelsea")).block()).isEqualTo("Chelsea");
      assertThat(gets(meters, "teams", "l2", "error")).isEqualTo(1.0);
      cache.invalidate(CacheRegion.TEAMS, 1L).block();
      assertThat(cache.get(CacheRegion.TEAMS, 1L, () -> load("Arsenal FC")).block()).isEqualTo("Arsenal FC");
      assertThat(gets(meters, "teams", "l2", "error")).isEqualTo(2.0);
      assertThat(loads).hasValue(3);
    } finally {
      server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      if (own != null) {
        own.shutdown(0, 2, TimeUnit.SECONDS);
      }
    }
  }

  private Mono<String> load(String value) {
    return Mono.fromSupplier(() -> {
      loads.incrementAndGet();
      return value;
    });
  }

  private static ReadCache cache(RedissonClient client, String prefix, SimpleMeterRegistry meters) {
    return new ReadCache(new CacheProperties(true, prefix, Duration.ofMillis(250), Map.of()),
        new RedisSecondLevel(client, prefix, Duration.ofMillis(250)), new CacheMeters(meters));
  }

  private static RedissonClient client(int port) {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:" + port);
    return Redisson.create(config);
  }

  /** The server takes a moment to listen after its start. */
  private static RedissonClient awaitClient(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return client(port);
      } catch (RuntimeException notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(100);
      }
    }
  }

  /** Write-back to Redis does not hold up the answer: wait for it before another instance looks. */
  private void awaitInRedis(String region, String key) {
    await(() -> redis.getMapCache(prefix + ":" + region, new org.redisson.codec.Kryo5Codec()).containsKey(key));
  }

  private static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static double gets(SimpleMeterRegistry meters, String region, String level, String result) {
    var counter = meters.find(CacheMeters.GETS).tags("region", region, "level", level, "result", result).counter();
    return counter == null ? 0 : counter.count();
  }

  private static double invalidations(SimpleMeterRegistry meters, String region, String origin) {
    var counter = meters.find(CacheMeters.INVALIDATIONS).tags("region", region, "origin", origin).counter();
    return counter == null ? 0 : counter.count();
  }
}
