package com.matchcast.limits.rate;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** Token buckets by name: in this process ({@link LocalBuckets}) or shared through Redis ({@link RedisBuckets}). */
interface RateLimitBuckets {

  /** Takes one token from the named bucket (made full on first use) and tells what is left. */
  Mono<ConsumptionProbe> tryConsume(String key, RatePlan plan);

  /** A bucket of {@code requests} tokens, refilled a token at a time over {@code per}. */
  static Bandwidth bandwidth(RatePlan plan) {
    return Bandwidth.builder().capacity(plan.requests()).refillGreedy(plan.requests(), plan.per()).build();
  }

  static BucketConfiguration configuration(RatePlan plan) {
    return BucketConfiguration.builder().addLimit(bandwidth(plan)).build();
  }

  /**
   * Buckets are named after their plan too: when a plan is changed, the next requests start a
   * bucket of the new size rather than keep the old one's configuration.
   */
  static String name(String key, RatePlan plan) {
    return key + ":" + plan.requests() + "/" + plan.per().toSeconds() + "s";
  }
}
