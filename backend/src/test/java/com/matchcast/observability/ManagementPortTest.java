package com.matchcast.observability;

import com.matchcast.support.EmbeddedDatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The deployment's arrangement (ops/: images, compose, Kubernetes probes, Prometheus): the prod
 * profile with the actuator on a port of its own (MATCHCAST_MANAGEMENT_PORT). There the probes and
 * the metrics answer without a token; the application's port has no /actuator at all.
 */
@EmbeddedDatabaseTest
@ActiveProfiles("prod")
@TestPropertySource(properties = {"management.server.port=0",
    // the prod profile needs an issuer; its keys are only fetched for a token, and none is sent here
    "matchcast.security.jwk-set-uri=http://127.0.0.1:9/realms/matchcast/certs",
    "matchcast.data-dir=target/test-data/management-port"})
class ManagementPortTest {

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired HealthMetrics healthMetrics;

  @Test
  void probesAndMetricsAnswerOnTheManagementPortOnly() {
    healthMetrics.refresh().block();
    WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
    management.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
        .expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE")
        .jsonPath("$.components.r2dbc.status").isEqualTo("UP");
    management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).value(text -> org.assertj.core.api.Assertions.assertThat(text)
            .contains("matchcast_serving_model_version 0.0").contains("matchcast_health_up{component=\"r2dbc\"}"));

    WebTestClient application = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    application.get().uri("/actuator/health/liveness").exchange().expectStatus().isNotFound();
    application.get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
  }
}
