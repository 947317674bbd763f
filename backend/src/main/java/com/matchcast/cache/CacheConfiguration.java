package com.matchcast.cache;

import io.micrometer.core.instrument.MeterRegistry;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read cache: Caffeine alone, or Caffeine then Redis when config.RedisConfiguration made a client. */
@Configuration(proxyBeanMethods = false)
public class CacheConfiguration {

  @Bean(destroyMethod = "close")
  ReadCache readCache(CacheProperties properties, ObjectProvider<RedissonClient> redis, MeterRegistry registry) {
    RedissonClient client = redis.getIfAvailable();
    RedisSecondLevel secondLevel = client == null ? null
        : new RedisSecondLevel(client, properties.redisPrefix(), properties.redisTimeout());
    return new ReadCache(properties, secondLevel, new CacheMeters(registry));
  }
}
