package com.matchcast.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** MATCHCAST_REDIS_URL connects the backend to a real Redis (the one running on this machine). */
@EmbeddedDatabaseTest
@TestPropertySource(properties = "matchcast.redis.url=redis://127.0.0.1:6379")
class RedisConfigurationTest {

  @Autowired RedissonClient redis;

  @Test
  void aConfiguredRedisUrlGivesAWorkingClient() {
    String key = "matchcast:test:" + UUID.randomUUID();
    redis.getBucket(key).set("ok");
    assertThat(redis.getBucket(key).get()).isEqualTo("ok");
    redis.getBucket(key).delete();
  }
}
