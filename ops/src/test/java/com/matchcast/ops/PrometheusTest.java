package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ops/monitoring: both Prometheus configurations and the alert rules pass promtool, the rules'
 * unit tests pass, every alert the issue asks for exists and every alert has a unit test that
 * expects it to fire.
 */
class PrometheusTest {

  private static final Path MONITORING = Repository.OPS.resolve("monitoring");

  @Test
  void bothConfigurationsAreValidAndLoadTheRules() {
    for (String config : List.of("prometheus.yml", "prometheus-kubernetes.yml")) {
      Tool.Result result = Tool.PROMTOOL.succeed(MONITORING, "check", "config", config);
      assertThat(result.both()).as(config).contains("SUCCESS: 1 rule files found")
          .contains("SUCCESS: 9 rules found");
    }
  }

  @Test
  void theRulesAreValid() throws IOException {
    List<String> args = new ArrayList<>(List.of("check", "rules"));
    ruleFiles().forEach(f -> args.add(MONITORING.relativize(f).toString()));
    assertThat(Tool.PROMTOOL.succeed(MONITORING, args.toArray(String[]::new)).both()).contains("SUCCESS: 9 rules found");
  }

  @Test
  void theAlertsUnitTestsPass() {
    Tool.Result result = Tool.PROMTOOL.succeed(MONITORING, "test", "rules", "tests/matchcast.test.yml");
    assertThat(result.both()).contains("SUCCESS").doesNotContain("FAILED");
  }

  @Test
  void aBrokenExpectationFailsTheUnitTests() throws IOException {
    // the unit tests can fail: the same tests against rules whose drift threshold is 0.05, not 0.005
    Path copy = Files.createTempDirectory("rules-test");
    Files.createDirectories(copy.resolve("rules"));
    Files.createDirectories(copy.resolve("tests"));
    Files.writeString(copy.resolve("rules/matchcast.yml"),
        Repository.read(MONITORING.resolve("rules/matchcast.yml")).replace("> 0.005", "> 0.05"));
    Files.writeString(copy.resolve("tests/matchcast.test.yml"), Repository.read(MONITORING.resolve("tests/matchcast.test.yml")));
    Tool.Result result = Tool.PROMTOOL.run(copy, "test", "rules", "tests/matchcast.test.yml");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.both()).contains("alertname: MatchcastModelDrift").contains("FAILED");
  }

  @Test
  void everyAlertTheIssueAsksForIsThereAndEachHasATestExpectingItToFire() throws IOException {
    Set<String> alerts = new TreeSet<>();
    for (Path file : ruleFiles()) {
      List<Map<String, Object>> groups = Repository.at(Repository.yaml(Repository.read(file)), "groups");
      for (Map<String, Object> group : groups) {
        List<Map<String, Object>> rules = Repository.at(group, "rules");
        rules.forEach(rule -> alerts.add((String) rule.get("alert")));
      }
    }
    assertThat(alerts).containsExactlyInAnyOrder("MatchcastInstanceDown", "MatchcastDatabaseDown", "MatchcastRedisDown",
        "MatchcastNoModelServed", "MatchcastHighErrorRate", "MatchcastSlowGraphQl", "MatchcastSlowHttp",
        "MatchcastCollectorStale", "MatchcastModelDrift");

    Set<String> firing = new TreeSet<>();
    Set<String> silent = new TreeSet<>();
    List<Map<String, Object>> tests = Repository.at(
        Repository.yaml(Repository.read(MONITORING.resolve("tests/matchcast.test.yml"))), "tests");
    for (Map<String, Object> test : tests) {
      List<Map<String, Object>> checks = Repository.at(test, "alert_rule_test");
      for (Map<String, Object> check : checks) {
        List<?> expected = (List<?>) check.get("exp_alerts");
        (expected == null || expected.isEmpty() ? silent : firing).add((String) check.get("alertname"));
      }
    }
    assertThat(firing).as("alerts a test expects to fire").isEqualTo(alerts);
    assertThat(silent).as("alerts a test expects to stay silent (before their `for`, or below threshold)")
        .isEqualTo(alerts);
  }

  private static List<Path> ruleFiles() throws IOException {
    try (Stream<Path> files = Files.list(MONITORING.resolve("rules"))) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
    }
  }
}
