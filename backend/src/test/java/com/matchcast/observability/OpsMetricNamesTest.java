package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How the metric names of alert and panel expressions are found (ObservabilityTest checks them against a scrape). */
class OpsMetricNamesTest {

  @Test
  void namesBeforeSelectorsAndRangesAndPrefixedNamesAnywhereAreMetrics() {
    assertThat(OpsMetricNames.in("histogram_quantile(0.95, sum by (job, le) "
        + "(rate(matchcast_graphql_request_seconds_bucket{type=~\"query|mutation\"}[5m]))) > 0.5"))
        .containsExactly("matchcast_graphql_request_seconds_bucket");
    assertThat(OpsMetricNames.in("max by (job) (matchcast_ledger_rps_difference) > 0.005"
        + " and max by (job) (matchcast_ledger_matches) >= 100"))
        .containsExactly("matchcast_ledger_matches", "matchcast_ledger_rps_difference");
    assertThat(OpsMetricNames.in("sum(rate(some_other_total[5m])) + process_cpu_usage"))
        .containsExactly("process_cpu_usage", "some_other_total");
    assertThat(OpsMetricNames.in("up{job=\"matchcast\"} == 0")).as("made by Prometheus, not exported").isEmpty();
  }

  @Test
  void theRulesAndTheDashboardAreRead() throws Exception {
    assertThat(OpsMetricNames.used(Path.of("..", "ops", "monitoring"))).containsExactlyInAnyOrder(
        "jvm_memory_used_bytes", "matchcast_events_published_total", "matchcast_graphql_request_seconds_bucket",
        "matchcast_graphql_request_seconds_count", "matchcast_graphql_subscriptions", "matchcast_health_up",
        "matchcast_http_server_requests_seconds_bucket", "matchcast_http_server_requests_seconds_count",
        "matchcast_ingest_lag_seconds", "matchcast_ingest_runs_total", "matchcast_ledger_closing_rps",
        "matchcast_ledger_matches", "matchcast_ledger_model_rps", "matchcast_ledger_rps_difference",
        "matchcast_prediction_latency_seconds_bucket", "matchcast_serving_model_version", "matchcast_training_running",
        "process_cpu_usage");
  }
}
