package com.matchcast.limits.rate;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every instance behind the same Redis: a client cannot multiply its
 * budget by the number of instances. Bucket4j updates a bucket by compare-and-swap, without locks;
 * a key expires once its bucket would be full again.
 */
class RedisBuckets implements RateLimitBuckets {

  private final AsyncProxyManager<String> buckets;
  private final String prefix;

  /** @param time the clock of the buckets; null: Bucket4j's own (the system's) */
  RedisBuckets(RedissonClient redis, String prefix, TimeMeter time) {
    this.prefix = prefix;
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
        .tryConsumeAndReturnRemaining(1));
  }
}
