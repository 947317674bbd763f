package com.matchcast.observability;

import com.matchcast.cluster.InstanceIdentity;
import com.matchcast.events.RedisEventStream;
import com.matchcast.events.RedisLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * "eventBus" in the health report: whether this instance's events reach the others. UP with the
 * stream and this instance's consumer group while Redis answers (or "in-process" when no Redis is
 * configured); DEGRADED, with since when and why, while events stay on this instance. DEGRADED is
 * answered with HTTP 200 and is not part of readiness: the instance still serves.
 */
@Component("eventBusHealthIndicator")
public class EventBusHealthIndicator implements HealthIndicator {

  /** Worse than UP, better than DOWN: see management.endpoint.health.status in application.yml. */
  public static final Status DEGRADED = new Status("DEGRADED");

  private final ObjectProvider<RedisLink> link;
  private final ObjectProvider<RedisEventStream> stream;
  private final InstanceIdentity instance;

  public EventBusHealthIndicator(ObjectProvider<RedisLink> link, ObjectProvider<RedisEventStream> stream,
      InstanceIdentity instance) {
    this.link = link;
    this.stream = stream;
    this.instance = instance;
  }

  @Override
  public Health health() {
    RedisLink redis = link.getIfAvailable();
    if (redis == null) {
      return Health.up().withDetail("mode", "in-process").build();
    }
    Health.Builder shared = Health.up().withDetail("mode", "redis-stream").withDetail("stream", stream.getObject().name())
        .withDetail("consumerGroup", instance.id());
    return redis.lost()
        .map(lost -> shared.status(DEGRADED).withDetail("mode", "in-process only")
            .withDetail("since", lost.since().toString()).withDetail("reason", lost.reason())
            .withDetail("eventsHeld", stream.getObject().held()))
        .orElse(shared)
        .build();
  }
}
