package com.matchcast.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** Without any setting the backend needs nothing installed: H2 under the data directory, no Redis. */
@EmbeddedDatabaseTest
class EmbeddedDefaultsTest {

  @Autowired ApplicationContext context;
  @Autowired Environment environment;

  @Test
  void theEmbeddedDefaultUsesH2AndNoRedis() {
    assertThat(environment.getProperty("spring.r2dbc.url")).startsWith("r2dbc:h2:file:");
    assertThat(context.getBeanNamesForType(RedissonClient.class)).isEmpty();
  }
}
