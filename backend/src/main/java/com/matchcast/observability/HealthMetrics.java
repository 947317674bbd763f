package com.matchcast.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributors;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The health of what an instance depends on, for alerting: {@code matchcast_health_up{component}}
 * is 1 while the component's health indicator answers UP and 0 otherwise (DOWN, OUT_OF_SERVICE,
 * DEGRADED, an error, or no answer within {@link #TIMEOUT}). Probes tell the orchestrator; these
 * gauges tell Prometheus, which still scrapes an instance the load balancer took out. Components:
 * the database ({@code r2dbc}), Redis ({@code redis}, only when configured), the served model
 * ({@code model}) and the event bus ({@code eventBus}). Asked on a schedule, never per scrape.
 */
@Component
@ConditionalOnWebApplication
public class HealthMetrics {

  static final String UP = "matchcast.health.up";
  static final List<String> COMPONENTS = List.of("r2dbc", "redis", "model", "eventBus");
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(HealthMetrics.class);

  private final List<ReactiveHealthContributors> contributors;
  private final MeterRegistry registry;
  private final Map<String, Double> values = new ConcurrentHashMap<>();

  /** Reactive indicators (r2dbc, redis, model) and blocking ones (eventBus) sit in registries of their own. */
  @Autowired
  public HealthMetrics(ObjectProvider<ReactiveHealthContributorRegistry> reactive,
      ObjectProvider<HealthContributorRegistry> blocking, MeterRegistry registry) {
    this(Stream.concat(reactive.stream().map(ReactiveHealthContributors.class::cast),
        blocking.stream().map(ReactiveHealthContributors::adapt)).toList(), registry);
  }

  HealthMetrics(List<ReactiveHealthContributors> contributors, MeterRegistry registry) {
    this.contributors = contributors;
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelayString = "${matchcast.observability.health-refresh:15s}",
      initialDelayString = "${matchcast.observability.health-refresh:15s}")
  public void refreshInBackground() {
    refresh().subscribe(done -> { }, error -> log.warn("Health gauges not refreshed: {}", error.toString()));
  }

  /** Asks every present component once; the gauges show the answers once this completes. */
  public Mono<Map<String, Double>> refresh() {
    return Flux.fromIterable(COMPONENTS)
        .flatMap(name -> {
          ReactiveHealthContributor contributor = contributors.stream().map(c -> c.getContributor(name))
              .filter(Objects::nonNull).findFirst().orElse(null);
          return contributor == null ? Mono.empty() : up(contributor).map(up -> Map.entry(name, up ? 1.0 : 0.0));
        })
        .doOnNext(answer -> record(answer.getKey(), answer.getValue()))
        .then(Mono.fromSupplier(() -> Map.copyOf(values)));
  }

  private void record(String component, double value) {
    if (values.put(component, value) == null) {
      Gauge.builder(UP, values, v -> v.getOrDefault(component, 0.0))
          .description("1 while the component's health indicator answers UP, else 0")
          .tag("component", component).register(registry);
    }
  }

  /** UP only when the indicator, or every member of a composite, answers UP in time. */
  private static Mono<Boolean> up(ReactiveHealthContributor contributor) {
    if (contributor instanceof ReactiveHealthIndicator indicator) {
      return Mono.defer(indicator::health)
          .map(health -> Status.UP.equals(health.getStatus()))
          .timeout(TIMEOUT)
          .onErrorReturn(false)
          .defaultIfEmpty(false);
    }
    if (contributor instanceof CompositeReactiveHealthContributor composite) {
      return Flux.fromStream(composite.stream())
          .flatMap(entry -> up(entry.contributor()))
          .all(Boolean::booleanValue);
    }
    return Mono.just(false);
  }
}
