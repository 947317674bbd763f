package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ops/compose/docker-compose.yml as docker-compose resolves it with the example env file
 * (`docker-compose config`: syntax, interpolation, anchors, depends_on), then what it must hold.
 */
class ComposeTest {

  private static final Path COMPOSE = Repository.OPS.resolve("compose");
  private static final Map<String, String> EXAMPLE_ENV = Map.of("MATCHCAST_BACKEND_ENV_FILE", "backend.example.env");

  private static Map<String, Object> resolved() {
    String out = Tool.DOCKER_COMPOSE.succeed(COMPOSE, EXAMPLE_ENV, "--env-file", "example.env", "-f",
        "docker-compose.yml", "config").out();
    return Repository.yaml(out);
  }

  @Test
  void theStackHasEveryServiceTheIssueNames() {
    Map<String, Object> services = Repository.at(resolved(), "services");
    assertThat(services).containsOnlyKeys("mysql", "redis", "backend-1", "backend-2", "web", "keycloak", "prometheus",
        "grafana");
    assertThat((String) Repository.at(services, "mysql", "image")).isEqualTo("mysql:8.0");
    assertThat((String) Repository.at(services, "redis", "image")).isEqualTo("redis:7-alpine");
    assertThat(Repository.<Map<String, Object>>at(resolved(), "volumes"))
        .containsKeys("mysql-data", "redis-data", "models", "backend-1-data", "backend-2-data", "prometheus-data",
            "grafana-data");
  }

  @Test
  void bothBackendsShareTheDatabaseRedisAndModelStoreAndServeOnTheApplicationsPorts() {
    Map<String, Object> services = Repository.at(resolved(), "services");
    String appPort = Repository.applicationDefault("MATCHCAST_PORT");
    for (String backend : List.of("backend-1", "backend-2")) {
      Map<String, Object> env = Repository.at(services, backend, "environment");
      assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "prod")
          .containsEntry("MATCHCAST_DB_URL", "r2dbc:mysql://mysql:3306/matchcast")
          .containsEntry("MATCHCAST_DB_PASSWORD", "CHANGE-ME-app-password")
          .containsEntry("MATCHCAST_REDIS_URL", "redis://redis:6379")
          .containsEntry("MATCHCAST_MANAGEMENT_PORT", "8081")
          .containsEntry("MATCHCAST_INSTANCE_ID", backend)
          .containsEntry("MATCHCAST_OAUTH2_ISSUER_URI", "http://localhost:8180/realms/matchcast")
          .containsEntry("MATCHCAST_OAUTH2_WEB_CLIENT_ID", "matchcast-web")
          .doesNotContainKey("MATCHCAST_PORT");
      assertThat((String) Repository.at(services, backend, "build", "dockerfile")).isEqualTo("ops/docker/Dockerfile.backend");
      assertThat(Repository.<List<Object>>at(services, backend, "expose")).containsExactlyInAnyOrder(appPort, "8081");
      assertThat(Repository.<List<Object>>at(services, backend, "volumes"))
          .containsExactlyInAnyOrder(backend + "-data:/var/lib/matchcast:rw", "models:/var/lib/matchcast/models:rw");
      assertThat(env).as("the compose-level passwords stay out of the backends")
          .doesNotContainKeys("MYSQL_ROOT_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD");
      assertThat(Repository.<Map<String, Object>>at(services, backend, "depends_on"))
          .containsEntry("mysql", Map.of("condition", "service_healthy"))
          .containsEntry("redis", Map.of("condition", "service_healthy"));
    }
    assertThat(Repository.<Map<String, Object>>at(services, "web", "environment"))
        .containsEntry("MATCHCAST_API_UPSTREAM", "backend-1:" + appPort + " backend-2:" + appPort);
    assertThat(Repository.read(Repository.OPS.resolve("monitoring/prometheus.yml")))
        .contains("targets: ['backend-1:8081', 'backend-2:8081']");
  }

  @Test
  void grafanaIsProvisionedWithTheDashboardsAndPrometheusWithTheRules() {
    Map<String, Object> services = Repository.at(resolved(), "services");
    Path monitoring = Repository.OPS.resolve("monitoring");
    assertThat(Repository.<List<Object>>at(services, "grafana", "volumes")).containsExactlyInAnyOrder(
        monitoring.resolve("grafana/provisioning") + ":/etc/grafana/provisioning:ro",
        monitoring.resolve("grafana") + ":/var/lib/grafana/dashboards:ro",
        "grafana-data:/var/lib/grafana:rw");
    assertThat(Repository.read(Repository.OPS.resolve("monitoring/grafana/provisioning/dashboards/matchcast.yml")))
        .contains("path: /var/lib/grafana/dashboards");
    assertThat(Repository.<List<Object>>at(services, "prometheus", "volumes")).containsExactlyInAnyOrder(
        monitoring + ":/etc/prometheus:ro", "prometheus-data:/prometheus:rw");
    assertThat(Repository.read(monitoring.resolve("prometheus.yml"))).contains("rule_files:\n  - rules/*.yml");
  }

  @Test
  void withoutTheEnvFileThePasswordsAreRefused() throws java.io.IOException {
    Path empty = java.nio.file.Files.createTempFile("compose", ".env");
    Tool.Result result = Tool.DOCKER_COMPOSE.run(COMPOSE, EXAMPLE_ENV, "--env-file", empty.toString(), "-f",
        "docker-compose.yml", "config");
    assertThat(result.exitCode()).isNotZero();
    assertThat(result.both()).contains("set MYSQL_PASSWORD in .env");
  }
}
