package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The images' recipes, read (no Docker engine here to build them): multi-stage, a JRE 17 runtime
 * with the OpenMP library the native learners need, a non-root user, the actuator health check,
 * the ports the application listens on; nginx proxying the API and its WebSocket.
 */
class DockerfilesTest {

  private static final String BACKEND = Repository.read(Repository.OPS.resolve("docker/Dockerfile.backend"));
  private static final String WEB = Repository.read(Repository.OPS.resolve("docker/Dockerfile.web"));
  private static final String NGINX = Repository.read(Repository.OPS.resolve("docker/nginx.conf.template"));

  @Test
  void theBackendImageIsBuiltInOneStageAndRunsOnAJreAsANonRootUser() {
    List<String> froms = lines(BACKEND, "FROM ");
    assertThat(froms).hasSize(3);
    assertThat(froms.get(froms.size() - 1)).isEqualTo("FROM eclipse-temurin:17-jre-jammy");
    assertThat(BACKEND).contains("./mvnw -B -q -pl backend -am -DskipTests package")
        .contains("COPY --from=build /matchcast.jar /opt/matchcast/matchcast.jar")
        .containsPattern("apt-get install -y --no-install-recommends libgomp1 curl");
    List<String> users = lines(BACKEND, "USER ");
    assertThat(users).containsExactly("USER 10001:10001");
    assertThat(BACKEND).contains("useradd --system --uid 10001");
    assertThat(BACKEND).contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/matchcast/matchcast.jar\"]").contains("CMD [\"serve\"]");
  }

  @Test
  void theBackendHealthCheckAndPortsAgreeWithTheApplication() {
    assertThat(BACKEND).contains("MATCHCAST_PORT=" + Repository.applicationDefault("MATCHCAST_PORT"))
        .contains("MATCHCAST_MANAGEMENT_PORT=8081")
        .contains("EXPOSE " + Repository.applicationDefault("MATCHCAST_PORT") + " 8081")
        .containsPattern(Pattern.quote("HEALTHCHECK ") + "[^\\n]*\\\\\\n\\s+CMD curl -fsS \"http://127.0.0.1:\\$\\{MATCHCAST_MANAGEMENT_PORT:-8080}/actuator/health/liveness\"");
    // the data directory and model store agree with the Kubernetes mounts and the compose volumes
    assertThat(BACKEND).contains("MATCHCAST_DATA_DIR=/var/lib/matchcast").contains("MATCHCAST_MODELS_DIR=/var/lib/matchcast/models")
        .contains("-Djava.io.tmpdir=/var/lib/matchcast/tmp");
  }

  @Test
  void theWebImageServesTheBuiltAppAndProxiesTheApiWithItsWebSocket() {
    List<String> froms = lines(WEB, "FROM ");
    assertThat(froms).containsExactly("FROM node:20-bookworm-slim AS build", "FROM nginx:1.27-alpine");
    assertThat(WEB).contains("npm ci").contains("npm run codegen && npm run build")
        .contains("COPY --from=build /src/frontend/dist /usr/share/nginx/html")
        .contains("COPY ops/docker/nginx.conf.template /etc/nginx/templates/default.conf.template")
        .contains("/docker-entrypoint.d/40-matchcast-upstream.sh");
    String graphql = NGINX.substring(NGINX.indexOf("location = /graphql {"), NGINX.indexOf("}", NGINX.indexOf("location = /graphql {")));
    assertThat(graphql).contains("proxy_pass http://matchcast_api;").contains("proxy_http_version 1.1;")
        .contains("proxy_set_header Upgrade $http_upgrade;").contains("proxy_set_header Connection $connection_upgrade;")
        .contains("proxy_read_timeout 3600s;");
    assertThat(NGINX).contains("location /actuator/ {\n        return 404;").contains("try_files $uri $uri/ /index.html;")
        .contains("include /etc/nginx/conf.d/upstream-servers.inc;");
    String upstream = Repository.read(Repository.OPS.resolve("docker/40-matchcast-upstream.sh"));
    assertThat(upstream).contains("for server in ${MATCHCAST_API_UPSTREAM:-backend:8080}; do");
  }

  @Test
  void theBuildContextLeavesOutWhatTheImagesDoNotNeed() {
    assertThat(lines(Repository.read(Repository.ROOT.resolve(".dockerignore")), ""))
        .contains(".git", "**/node_modules", "**/target", "**/dist", "data");
  }

  private static List<String> lines(String text, String prefix) {
    return text.lines().filter(l -> !l.startsWith("#") && !l.isBlank() && l.startsWith(prefix)).toList();
  }
}
