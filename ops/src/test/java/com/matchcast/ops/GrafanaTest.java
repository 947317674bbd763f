package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dashboard reads: every panel queries the provisioned Prometheus data source by its uid, has
 * a unique id and a place on the grid, and every query names an application metric. (That each
 * metric is exported is checked against a running backend by the backend's ObservabilityTest.)
 */
class GrafanaTest {

  @Test
  void everyPanelQueriesTheProvisionedDataSource() {
    Map<String, Object> datasources = Repository.yaml(Repository.read(
        Repository.OPS.resolve("monitoring/grafana/provisioning/datasources/prometheus.yml")));
    List<Map<String, Object>> sources = Repository.at(datasources, "datasources");
    assertThat(sources).hasSize(1);
    String uid = (String) sources.get(0).get("uid");
    assertThat(sources.get(0)).containsEntry("type", "prometheus").containsEntry("url", "http://prometheus:9090");

    Map<String, Object> dashboard = Repository.yaml(Repository.read(
        Repository.OPS.resolve("monitoring/grafana/matchcast-overview.json")));
    assertThat(dashboard).containsEntry("uid", "matchcast-overview");
    List<Map<String, Object>> panels = Repository.at(dashboard, "panels");
    Set<Object> ids = new HashSet<>();
    List<String> expressions = new ArrayList<>();
    for (Map<String, Object> panel : panels) {
      assertThat(ids.add(panel.get("id"))).as("unique id " + panel.get("id")).isTrue();
      assertThat(Repository.<Map<String, Object>>at(panel, "gridPos")).containsKeys("x", "y", "w", "h");
      if ("row".equals(panel.get("type"))) {
        continue;
      }
      assertThat((String) Repository.at(panel, "datasource", "uid")).as((String) panel.get("title")).isEqualTo(uid);
      List<Map<String, Object>> targets = Repository.at(panel, "targets");
      assertThat(targets).as((String) panel.get("title")).isNotEmpty();
      for (Map<String, Object> target : targets) {
        assertThat((String) Repository.at(target, "datasource", "uid")).isEqualTo(uid);
        expressions.add((String) target.get("expr"));
      }
    }
    assertThat(expressions).hasSizeGreaterThan(15)
        .allSatisfy(expr -> assertThat(expr).containsPattern("\\b(matchcast|jvm|process)_[a-z_]+|\\bup\\{"));
  }
}
