package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/** matchcast_health_up is 1 for UP only: DEGRADED, DOWN, a failure and a hang all count as down. */
class HealthMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void eachPresentComponentIsOneWhenUpAndZeroOtherwise() {
    ReactiveHealthIndicator up = () -> Mono.just(Health.up().build());
    ReactiveHealthIndicator degraded = () -> Mono.just(Health.status(EventBusHealthIndicator.DEGRADED).build());
    ReactiveHealthIndicator failing = () -> Mono.error(new IllegalStateException("connection refused"));
    HealthMetrics metrics = metrics(Map.of("r2dbc", up, "redis", degraded, "model", failing));

    assertThat(metrics.refresh().block()).isEqualTo(Map.of("r2dbc", 1.0, "redis", 0.0, "model", 0.0));
    assertThat(gauge("r2dbc")).isEqualTo(1.0);
    assertThat(gauge("redis")).isEqualTo(0.0);
    assertThat(gauge("model")).isEqualTo(0.0);
    assertThat(registry.find(HealthMetrics.UP).tag("component", "eventBus").gauge())
        .as("a component without an indicator has no series").isNull();
  }

  @Test
  void aGaugeFollowsItsComponentFromOneRefreshToTheNext() {
    Health[] answer = {Health.down().build()};
    ReactiveHealthIndicator database = () -> Mono.just(answer[0]);
    HealthMetrics metrics = metrics(Map.of("r2dbc", database));
    metrics.refresh().block();
    assertThat(gauge("r2dbc")).isEqualTo(0.0);
    answer[0] = Health.up().build();
    metrics.refresh().block();
    assertThat(gauge("r2dbc")).isEqualTo(1.0);
    assertThat(registry.find(HealthMetrics.UP).gauges()).hasSize(1);
  }

  @Test
  void anIndicatorThatDoesNotAnswerInTimeIsDown() {
    ReactiveHealthIndicator hanging = () -> Mono.never();
    HealthMetrics metrics = metrics(Map.of("redis", hanging));
    assertThat(metrics.refresh().block(HealthMetrics.TIMEOUT.plus(Duration.ofSeconds(5)))).isEqualTo(Map.of("redis", 0.0));
  }

  @Test
  void aCompositeIsUpOnlyWhenEveryMemberIs() {
    ReactiveHealthIndicator up = () -> Mono.just(Health.up().build());
    ReactiveHealthIndicator down = () -> Mono.just(Health.down().build());
    HealthMetrics metrics = metrics(Map.of(
        "r2dbc", CompositeReactiveHealthContributor.fromMap(Map.of("primary", up, "replica", down)),
        "model", CompositeReactiveHealthContributor.fromMap(Map.of("a", up, "b", up))));
    assertThat(metrics.refresh().block()).isEqualTo(Map.of("r2dbc", 0.0, "model", 1.0));
  }

  private HealthMetrics metrics(Map<String, ReactiveHealthContributor> contributors) {
    return new HealthMetrics(List.of(CompositeReactiveHealthContributor.fromMap(contributors)), registry);
  }

  private double gauge(String component) {
    return registry.get(HealthMetrics.UP).tag("component", component).gauge().value();
  }
}
