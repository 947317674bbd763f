package com.matchcast.cluster;

import io.micrometer.core.instrument.MeterRegistry;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** This instance's identity, and its scheduled jobs kept to one instance when Redis is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobSettings.class)
public class ClusterConfiguration {

  @Bean
  InstanceIdentity instanceIdentity(@Value("${matchcast.instance-id:}") String configured,
      @Value("${server.port:8080}") int port) {
    return InstanceIdentity.of(configured, port);
  }

  @Bean
  JobRuns jobRuns(MeterRegistry registry) {
    return new JobRuns(registry);
  }

  @Bean
  @ConditionalOnExpression("'${matchcast.redis.url:}'.isBlank()")
  ClusterJobs localClusterJobs(JobRuns runs) {
    return new LocalClusterJobs(runs);
  }

  @Bean
  @ConditionalOnExpression("!'${matchcast.redis.url:}'.isBlank()")
  ClusterJobs redisClusterJobs(RedissonClient redis, JobSettings settings, JobRuns runs) {
    return new RedisClusterJobs(redis, settings, runs);
  }
}
