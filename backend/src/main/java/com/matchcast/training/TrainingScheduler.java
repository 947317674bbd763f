package com.matchcast.training;

import com.matchcast.config.Crons;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Retrains on {@code matchcast.training.cron} ("-" disables it), like the collectors run on
 * theirs (the first model, right after the start-up import, is the serving start-up's to train:
 * a replay's must stop where the replay starts). Off when
 * {@code matchcast.scheduling.enabled} is false.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class TrainingScheduler implements SchedulingConfigurer {

  private final TrainingJob job;
  private final TrainingProperties properties;

  public TrainingScheduler(TrainingJob job, TrainingProperties properties) {
    this.job = job;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (Crons.isOn(properties.cron())) {
      registrar.addCronTask(job::launch, properties.cron());
    }
  }
}
