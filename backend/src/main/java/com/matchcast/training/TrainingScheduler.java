package com.matchcast.training;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.config.Crons;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Retrains on {@code matchcast.training.cron} ("-" disables it), like the collectors run on
 * theirs (the first model, right after the start-up import, is the serving start-up's to train:
 * a replay's must stop where the replay starts). Off when
 * {@code matchcast.scheduling.enabled} is false. Each turn runs on one instance only (see
 * {@link ClusterJobs}): the others would fit the same model from the same store.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class TrainingScheduler implements SchedulingConfigurer {

  private final TrainingJob job;
  private final TrainingProperties properties;
  private final ClusterJobs jobs;

  public TrainingScheduler(TrainingJob job, TrainingProperties properties, ClusterJobs jobs) {
    this.job = job;
    this.properties = properties;
    this.jobs = jobs;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (Crons.isOn(properties.cron())) {
      // a failed run is logged by the job itself
      registrar.addCronTask(() -> jobs.runOnce("training", job::launch).subscribe(ran -> { }, failed -> { }),
          properties.cron());
    }
  }
}
