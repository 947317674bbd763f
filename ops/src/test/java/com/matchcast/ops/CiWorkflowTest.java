package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** .github/workflows/ci.yml runs .ci/run with MariaDB and Redis as service containers and the tools it needs. */
class CiWorkflowTest {

  @Test
  void theWorkflowRunsCiRunBesideMariadbAndRedisWithEveryToolInstalled() {
    Map<String, Object> workflow = Repository.yaml(Repository.read(Repository.ROOT.resolve(".github/workflows/ci.yml")));
    Map<String, Object> job = Repository.at(workflow, "jobs", "verify");
    assertThat((String) Repository.at(job, "container", "image")).isEqualTo("debian:bookworm");
    assertThat((String) Repository.at(job, "services", "mariadb", "image")).isEqualTo("mariadb:10.11");
    assertThat((String) Repository.at(job, "services", "redis", "image")).isEqualTo("redis:7");
    List<Map<String, Object>> steps = Repository.at(job, "steps");
    String scripts = String.join("\n", steps.stream().map(s -> (String) s.getOrDefault("run", "")).toList());
    assertThat(scripts).contains("bash .ci/run")
        .contains("TCP-LISTEN:3306,bind=127.0.0.1").contains("TCP:mariadb:3306")
        .contains("TCP-LISTEN:6379,bind=127.0.0.1").contains("TCP:redis:6379");
    for (String pkg : List.of("openjdk-17-jdk-headless", "chromium", "prometheus", "yamllint", "docker-compose",
        "kubernetes-client", "mariadb-client", "redis-server")) {
      assertThat(scripts).as("installs " + pkg).containsPattern("\\s" + pkg + "\\s");
    }
    assertThat(steps).anySatisfy(s -> assertThat(s).containsEntry("uses", "actions/setup-node@v4")
        .containsEntry("with", Map.of("node-version", 20)));
  }

  @Test
  void ciRunInstallsTheToolsOfTheDeploymentChecksWhenMissing() {
    String ciRun = Repository.read(Repository.ROOT.resolve(".ci/run"));
    for (String[] tool : new String[][] {{"promtool", "prometheus"}, {"yamllint", "yamllint"},
        {"docker-compose", "docker-compose"}, {"kubectl", "kubernetes-client"}, {"mariadb-dump", "mariadb-client"}}) {
      assertThat(ciRun).contains("command -v " + tool[0] + " >/dev/null || ops_packages+=(" + tool[1] + ")");
    }
    assertThat(ciRun).contains("./mvnw -B verify");
  }
}
