package com.matchcast.training;

import com.matchcast.config.Crons;
import com.matchcast.ingest.footballdata.StartupImportDone;
import com.matchcast.model.registry.ModelRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Retrains on {@code matchcast.training.cron} ("-" disables it), like the collectors run on
 * theirs, and once right after the start-up import when no version is served yet, so that a new
 * installation does not wait a week for its first model. Off when
 * {@code matchcast.scheduling.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class TrainingScheduler implements SchedulingConfigurer {

  private static final Logger log = LoggerFactory.getLogger(TrainingScheduler.class);

  private final TrainingJob job;
  private final TrainingProperties properties;
  private final ModelRegistry registry;

  public TrainingScheduler(TrainingJob job, TrainingProperties properties, ModelRegistry registry) {
    this.job = job;
    this.properties = properties;
    this.registry = registry;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (Crons.isOn(properties.cron())) {
      registrar.addCronTask(job::launch, properties.cron());
    }
  }

  @EventListener
  public void firstModelAfterStartupImport(StartupImportDone done) {
    if (!Crons.isOn(properties.cron())) {
      return;
    }
    registry.promoted().hasElement().filter(served -> !served)
        .subscribe(noneServed -> job.launch(),
            error -> log.error("Could not tell whether a model is served; no first training: {}", error.toString()));
  }
}
