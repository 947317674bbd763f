package com.matchcast.observability;

import com.matchcast.training.TrainingJob;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Whether a retraining run is going, as a gauge: 1 from its start until it has stored its results,
 * 0 otherwise. The load benchmark measures the API while it is 1; a dashboard can mark the runs.
 */
@Component
public class TrainingMetrics {

  static final String RUNNING = "matchcast.training.running";

  public TrainingMetrics(TrainingJob training, MeterRegistry registry) {
    Gauge.builder(RUNNING, training, job -> job.isRunning() ? 1 : 0)
        .description("1 while a training run of this instance trains and stores its results, else 0")
        .register(registry);
  }
}
