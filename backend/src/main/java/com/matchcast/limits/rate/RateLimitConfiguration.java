package com.matchcast.limits.rate;

import com.matchcast.limits.LimitSettings;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.stream.Stream;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits of the web server: buckets in Redis when MATCHCAST_REDIS_URL gives a Redis (every
 * instance then shares each client's budget), in this process otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnExpression("${matchcast.limits.rate.enabled:true}")
class RateLimitConfiguration {

  /**
   * @param time the buckets' clock when a {@link TimeMeter} bean is given (tests move it by hand to
   *             see budgets refill); Bucket4j's system clock otherwise
   */
  @Bean
  RateLimitFilter rateLimitFilter(LimitSettings settings, ObjectProvider<RedissonClient> redis,
      ObjectProvider<TimeMeter> time, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath,
      JsonMapper json) {
    LimitSettings.Rate rate = settings.rate();
    RedissonClient client = redis.getIfAvailable();
    LocalBuckets local = new LocalBuckets(longestRefill(rate), time.getIfAvailable(() -> TimeMeter.SYSTEM_MILLISECONDS));
    RateLimitBuckets buckets = client == null ? local
        : new RedisBuckets(client, rate.redisKeyPrefix(), time.getIfAvailable(), local);
    return new RateLimitFilter(rate, buckets, graphQlPath, json);
  }

  private static Duration longestRefill(LimitSettings.Rate rate) {
    return Stream.concat(Stream.of(rate.anonymous(), rate.signedIn(), rate.client()), rate.clients().values().stream())
        .map(LimitSettings.RatePlan::per).max(Duration::compareTo).orElseThrow();
  }
}
