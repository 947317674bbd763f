package com.matchcast.config;

import java.net.URI;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is optional: without MATCHCAST_REDIS_URL the cache and event bus stay in-process.
 * With it, one Redisson client is shared by the features that need Redis: the cross-instance
 * event bus (events.RedisEventBus) and the job locks (cluster.RedisClusterJobs).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${matchcast.redis.url:}'.isBlank()")
public class RedisConfiguration {

  @Bean(destroyMethod = "shutdown")
  RedissonClient redissonClient(@Value("${matchcast.redis.url}") String url,
      @Value("${matchcast.jobs.lease:30s}") java.time.Duration lockLease) {
    URI uri = URI.create(url.trim());
    if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
      throw new IllegalArgumentException("MATCHCAST_REDIS_URL must look like redis://host:6379, got: " + url);
    }
    Config config = new Config();
    config.useSingleServer().setAddress(url.trim());
    // how long a job lock outlives a crashed holder (cluster.JobSettings#lease)
    config.setLockWatchdogTimeout(lockLease.toMillis());
    return Redisson.create(config);
  }
}
