package com.matchcast.observability;

import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNodes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * "redis" in the health report, present only when MATCHCAST_REDIS_URL is set (the same condition
 * as the client's, config.RedisConfiguration). Redis unreachable is DEGRADED, not DOWN, and is not
 * part of readiness: the instance still answers from its own cache and in-process bus (see
 * {@link EventBusHealthIndicator}), and taking every instance out of the load balancer because
 * Redis is gone would turn a degradation into an outage.
 */
@Component("redisHealthIndicator")
@ConditionalOnExpression("!'${matchcast.redis.url:}'.isBlank()")
public class RedisHealthIndicator extends AbstractReactiveHealthIndicator {

  /** A readiness probe must answer well within the orchestrator's own timeout (1 s by default in Kubernetes). */
  private static final long PING_TIMEOUT_MILLIS = 500;

  private final RedissonClient redis;

  public RedisHealthIndicator(RedissonClient redis) {
    super("Redis did not answer PING");
    this.redis = redis;
  }

  @Override
  protected Mono<Health> doHealthCheck(Health.Builder builder) {
    return Mono.fromCompletionStage(() -> redis.getRedisNodes(RedisNodes.SINGLE).getInstance()
            .pingAsync(PING_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
        .onErrorReturn(false)
        .map(answered -> answered ? builder.up().build()
            : builder.status(EventBusHealthIndicator.DEGRADED)
                .withDetail("reason", "no answer to PING within " + PING_TIMEOUT_MILLIS + " ms").build());
  }
}
