package com.matchcast.observability;

import com.matchcast.support.EmbeddedDatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The probes' members: liveness is the application's own state; readiness adds the database and a
 * model loaded for serving, never Redis (an instance without it still serves; RedisGoneTest) (ObservabilityTest follows it from
 * unready to ready). Until a model serves, readiness answers 503 OUT_OF_SERVICE.
 */
class HealthProbesTest {

  abstract static class Probes {

    @LocalServerPort int port;

    WebTestClient client() {
      return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void livenessIsUp() {
      client().get().uri("/actuator/health/liveness").exchange()
          .expectStatus().isOk()
          .expectBody().json("""
              {"status": "UP"}""", true);
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = "matchcast.test.context=probes")
  class EmbeddedDefault extends Probes {

    @Test
    void readinessWaitsForAModelAndNeedsNoRedis() {
      client().get().uri("/actuator/health/readiness").exchange()
          .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
          .expectBody().json("""
              {"status": "OUT_OF_SERVICE", "components": {
                "model": {"status": "OUT_OF_SERVICE"},
                "r2dbc": {"status": "UP"},
                "readinessState": {"status": "UP"}}}""", true);
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  // the same properties as config.RedisConfigurationTest: one context for both
  @TestPropertySource(properties = "matchcast.redis.url=redis://127.0.0.1:6379")
  class WithRedis extends Probes {

    @Test
    void readinessDoesNotWaitForRedis() {
      client().get().uri("/actuator/health/readiness").exchange()
          .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
          .expectBody().json("""
              {"status": "OUT_OF_SERVICE", "components": {
                "model": {"status": "OUT_OF_SERVICE"},
                "r2dbc": {"status": "UP"},
                "readinessState": {"status": "UP"}}}""", true);
    }

    @Test
    void healthShowsRedisAndTheSharedEventBus() {
      client().get().uri("/actuator/health").exchange()
          .expectBody()
          .jsonPath("$.components.redis.status").isEqualTo("UP")
          .jsonPath("$.components.eventBus.status").isEqualTo("UP");
    }
  }
}
