package com.matchcast.events;

import com.matchcast.cluster.InstanceIdentity;
import java.time.Clock;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One event bus per application: in-process alone, or shared through Redis when
 * MATCHCAST_REDIS_URL is set (the same condition as config.RedisConfiguration's client).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventSettings.class)
public class EventBusConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnExpression("'${matchcast.redis.url:}'.isBlank()")
  static class Alone {

    @Bean
    EventBus eventBus() {
      return new InProcessEventBus();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnExpression("!'${matchcast.redis.url:}'.isBlank()")
  static class Shared {

    private final InProcessEventBus local = new InProcessEventBus();

    @Bean
    RedisLink redisLink() {
      return new RedisLink(Clock.systemUTC());
    }

    @Bean
    RedisEventStream redisEventStream(RedissonClient redis, InstanceIdentity instance, EventSettings settings,
        RedisLink link, @Value("${spring.r2dbc.url:}") String databaseUrl) {
      EventSettings named = new EventSettings(settings.streamFor(databaseUrl), settings.retention(),
          settings.redisTimeout());
      return new RedisEventStream(redis, local, instance, named, link);
    }

    @Bean
    EventBus eventBus(RedisEventStream stream) {
      return new RedisEventBus(local, stream);
    }
  }
}
