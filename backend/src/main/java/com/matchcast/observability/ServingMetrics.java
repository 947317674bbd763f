package com.matchcast.observability;

import com.matchcast.serving.PredictionService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The model version this instance serves forecasts from, as a gauge: 0 until one is loaded. (The
 * time of each forecast, matchcast.prediction.latency, is measured where forecasts are made, in
 * PredictionService.)
 */
@Component
public class ServingMetrics {

  static final String MODEL_VERSION = "matchcast.serving.model.version";

  public ServingMetrics(PredictionService predictions, MeterRegistry registry) {
    Gauge.builder(MODEL_VERSION, predictions, p -> p.servingModel().map(version -> (double) version.id()).orElse(0.0))
        .description("Id of the model version serving forecasts on this instance; 0 while none is loaded")
        .register(registry);
  }
}
