package com.matchcast.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * matchcast.jobs.*: the locks that keep each scheduled job to one instance.
 *
 * @param lease       how long a lock outlives the instance holding it: Redisson renews it every
 *                    third of this while the holder lives, so a crashed holder's lock is free
 *                    after at most this long (Redisson's lock watchdog timeout)
 * @param holdAtLeast a short run keeps its lock this long from its start, so that an instance
 *                    whose scheduler fires a little later does not run the same turn again; keep
 *                    it well under the shortest interval between two turns of a job
 * @param lockPrefix  the Redis keys of the locks start with this
 * @param redisTimeout how long taking a lock may wait for Redis
 */
@ConfigurationProperties("matchcast.jobs")
public record JobSettings(Duration lease, Duration holdAtLeast, String lockPrefix, Duration redisTimeout) {

  public JobSettings {
    lease = lease == null ? Duration.ofSeconds(30) : lease;
    holdAtLeast = holdAtLeast == null ? Duration.ofSeconds(5) : holdAtLeast;
    lockPrefix = lockPrefix == null || lockPrefix.isBlank() ? "matchcast:job:" : lockPrefix.trim();
    redisTimeout = redisTimeout == null ? Duration.ofSeconds(2) : redisTimeout;
    if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
      throw new IllegalArgumentException("matchcast.jobs.lease must be at least 3s, got " + lease);
    }
  }
}
