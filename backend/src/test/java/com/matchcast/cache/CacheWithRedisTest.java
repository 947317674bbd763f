package com.matchcast.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.MiniSeason;
import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.redisson.api.RedissonClient;
import org.redisson.codec.Kryo5Codec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The application with MATCHCAST_REDIS_URL set (the shared Redis, keys under this run's own
 * prefix): a read is written to Redis and counted at both levels, and an import's event clears
 * the regions it makes stale in Redis as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "matchcast.data-dir=target/test-data/${random.uuid}",
    "matchcast.scheduling.enabled=false",
    "matchcast.bootstrap.enabled=false",
    "matchcast.cache.enabled=true",
    "matchcast.cache.responses.enabled=false",
    "matchcast.redis.url=redis://127.0.0.1:6379",
    "matchcast.cache.redis-prefix=matchcast:test:${random.uuid}",
    "spring.reactor.netty.shutdown-quiet-period=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CacheWithRedisTest {

  private static final Kryo5Codec CODEC = new Kryo5Codec();

  @Autowired DatabaseClient db;
  @Autowired RedissonClient redis;
  @Autowired EventBus events;
  @Autowired CacheProperties properties;
  @LocalServerPort int port;

  /** Deleting each region's map also deletes the expiry bookkeeping Redisson keeps beside it. */
  @AfterAll
  void removeKeys() {
    for (CacheRegion region : CacheRegion.values()) {
      redis.getMapCache(properties.redisPrefix() + ":" + region.regionName(), CODEC).delete();
    }
  }

  @Test
  void aReadGoesToRedisAndAnImportClearsItThere() {
    MiniSeason.seed(db);
    String standings = "{ standings(league: \"E0\", season: \"2023-2024\") { team { name } points } }";

    assertThat(graphQl(standings)).startsWith("{\"data\":{\"standings\":[{\"team\":{\"name\":\"Arsenal\"},\"points\":7}");
    await(() -> redis.getMapCache(properties.redisPrefix() + ":standings", CODEC).containsKey("E0|2023-2024|null"));
    graphQl(standings);
    assertThat(cacheLines("standings")).containsExactlyInAnyOrder(
        "matchcast_cache_gets_total{level=\"l1\",region=\"standings\",result=\"hit\"} 1.0",
        "matchcast_cache_gets_total{level=\"l1\",region=\"standings\",result=\"miss\"} 1.0",
        "matchcast_cache_gets_total{level=\"l2\",region=\"standings\",result=\"miss\"} 1.0");

    events.publish(new IngestRunFinished(new IngestRunSummary(99, "football-data", "E0/2023-2024.csv",
        IngestStatus.SUCCEEDED, 10, 1, 0, 9, 0, 0, 0, 0, Map.of(), Map.of(), List.of(), Duration.ofSeconds(1), null),
        Instant.now()));
    await(() -> !redis.getMapCache(properties.redisPrefix() + ":standings", CODEC).isExists());
    assertThat(cacheLines("invalidations")).contains(
        "matchcast_cache_invalidations_total{origin=\"local\",region=\"standings\"} 1.0");
  }

  private List<String> cacheLines(String containing) {
    String metrics = http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    return metrics.lines().filter(line -> line.startsWith("matchcast_cache_") && line.contains(containing)).toList();
  }

  private String graphQl(String query) {
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", query)).exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
        .build();
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
}
