package com.matchcast.limits.rate;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Two instances of the app, each with its own Redisson client to the real Redis of this machine
 * (127.0.0.1:6379), spend one budget per client: three requests an hour is three in all, not three
 * per instance. Keys live under a prefix of this run's own.
 */
class SharedBucketsTest {

  private static final RatePlan THREE_AN_HOUR = new RatePlan(3, Duration.ofHours(1));

  private final TimeMeter clock = new StandingTimeMeter();
  private final String prefix = "matchcast-test:" + UUID.randomUUID() + ":";
  private final RedissonClient firstClient = redis();
  private final RedissonClient secondClient = redis();

  @AfterEach
  void closeClients() {
    firstClient.getKeys().deleteByPattern(prefix + "*");
    firstClient.shutdown();
    secondClient.shutdown();
  }

  @Test
  void twoInstancesSpendOneBudget() {
    RateLimitBuckets first = new RedisBuckets(firstClient, prefix, clock, unused());
    RateLimitBuckets second = new RedisBuckets(secondClient, prefix, clock, unused());

    assertConsumed(first.tryConsume("user:ann", THREE_AN_HOUR).block(), 2);
    assertConsumed(second.tryConsume("user:ann", THREE_AN_HOUR).block(), 1);
    assertConsumed(first.tryConsume("user:ann", THREE_AN_HOUR).block(), 0);

    ConsumptionProbe refused = second.tryConsume("user:ann", THREE_AN_HOUR).block();
    assertThat(refused.isConsumed()).isFalse();
    assertThat(refused.getNanosToWaitForRefill()).isEqualTo(Duration.ofMinutes(20).toNanos());
    assertThat(first.tryConsume("user:ann", THREE_AN_HOUR).block().isConsumed()).isFalse();
    assertConsumed(second.tryConsume("user:bob", THREE_AN_HOUR).block(), 2);
  }

  @Test
  void theBucketLivesInRedisUnderThePrefixAndExpires() {
    new RedisBuckets(firstClient, prefix, clock, unused()).tryConsume("address:203.0.113.9", THREE_AN_HOUR).block();

    String key = prefix + "address:203.0.113.9:3/3600s";
    assertThat(firstClient.getKeys().getKeysStreamByPattern(prefix + "*").toList()).containsExactly(key);
    // one token spent of three an hour: full again in 20 minutes, plus Bucket4j's 10 s margin
    assertThat(firstClient.getBucket(key).remainTimeToLive()).isBetween(1L, Duration.ofMinutes(20).plusSeconds(10).toMillis());
  }

  /** These tests must count in Redis only. */
  private static RateLimitBuckets unused() {
    return (key, plan) -> {
      throw new AssertionError("counted outside Redis: " + key);
    };
  }

  private static void assertConsumed(ConsumptionProbe probe, long remaining) {
    assertThat(probe.isConsumed()).isTrue();
    assertThat(probe.getRemainingTokens()).isEqualTo(remaining);
  }

  private static RedissonClient redis() {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:6379");
    return Redisson.create(config);
  }
}
