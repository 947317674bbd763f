package com.matchcast.limits.rate;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every instance behind the same Redis: a client cannot multiply its
 * budget by the number of instances. Bucket4j updates a bucket by compare-and-swap, without locks;
 * a key expires once its bucket would be full again. While Redis does not answer, each instance
 * counts in its own buckets: the API stays up, with budgets per instance until Redis is back.
 */
class RedisBuckets implements RateLimitBuckets {

  private static final Logger log = LoggerFactory.getLogger(RedisBuckets.class);
  /** Redisson retries for seconds before it gives up; a request should not wait that long for its budget. */
  private static final Duration REDIS_WAIT = Duration.ofMillis(500);

  private final AsyncProxyManager<String> buckets;
  private final String prefix;
  private final RateLimitBuckets whileRedisIsAway;
  private final AtomicBoolean redisAway = new AtomicBoolean();

  /** @param time the clock of the buckets; null: Bucket4j's own (the system's) */
  RedisBuckets(RedissonClient redis, String prefix, TimeMeter time, RateLimitBuckets whileRedisIsAway) {
    this.prefix = prefix;
    this.whileRedisIsAway = whileRedisIsAway;
    Bucket4jRedisson.RedissonBasedProxyManagerBuilder<String> builder =
        Bucket4jRedisson.casBasedBuilder(((Redisson) redis).getCommandExecutor())
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
    if (time != null) {
      builder.clientClock(time);
    }
    this.buckets = builder.build().asAsync();
  }

  @Override
  public Mono<ConsumptionProbe> tryConsume(String key, RatePlan plan) {
    return Mono.fromFuture(() -> buckets.builder()
            .build(prefix + RateLimitBuckets.name(key, plan),
                () -> CompletableFuture.completedFuture(RateLimitBuckets.configuration(plan)))
            .tryConsumeAndReturnRemaining(1))
        .timeout(REDIS_WAIT)
        .doOnNext(probe -> {
          if (redisAway.compareAndSet(true, false)) {
            log.info("Redis answers again: rate limits are shared by the instances again");
          }
        })
        .onErrorResume(failure -> {
          if (redisAway.compareAndSet(false, true)) {
            log.warn("Redis does not answer for rate limits ({}): this instance counts on its own until it does",
                failure.toString());
          }
          return whileRedisIsAway.tryConsume(key, plan);
        });
  }
}
