package com.matchcast.limits.rate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import reactor.core.publisher.Mono;

/**
 * Buckets in this process, for a single instance. A bucket unused for longer than the longest plan
 * takes to refill is full again anyway, so it is dropped: addresses that pass once do not pile up.
 */
class LocalBuckets implements RateLimitBuckets {

  private final Cache<String, Bucket> buckets;
  private final TimeMeter time;

  LocalBuckets(Duration longestRefill, TimeMeter time) {
    this.buckets = Caffeine.newBuilder().expireAfterAccess(longestRefill).maximumSize(1_000_000).build();
    this.time = time;
  }

  @Override
  public Mono<ConsumptionProbe> tryConsume(String key, RatePlan plan) {
    Bucket bucket = buckets.get(RateLimitBuckets.name(key, plan),
        name -> Bucket.builder().addLimit(RateLimitBuckets.bandwidth(plan)).withCustomTimePrecision(time).build());
    return Mono.just(bucket.tryConsumeAndReturnRemaining(1));
  }
}
