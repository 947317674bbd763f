package com.matchcast.observability;

import com.matchcast.serving.PredictionService;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * "model" in the readiness group: an instance is ready only once a promoted model version is
 * loaded for serving, because until then it cannot answer the forecasts it exists for. Out of
 * service (HTTP 503) rather than down: nothing is broken, training or promotion is pending.
 */
@Component("modelHealthIndicator")
public class ModelHealthIndicator implements ReactiveHealthIndicator {

  private final PredictionService predictions;

  public ModelHealthIndicator(PredictionService predictions) {
    this.predictions = predictions;
  }

  @Override
  public Mono<Health> health() {
    return Mono.just(predictions.servingModel()
        .map(version -> Health.up().withDetail("version", version.id()).build())
        .orElseGet(() -> Health.outOfService()
            .withDetail("reason", "no model version is loaded for serving yet (training or promotion pending)")
            .build()));
  }
}
