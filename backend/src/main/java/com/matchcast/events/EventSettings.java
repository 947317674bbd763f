package com.matchcast.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * matchcast.events.*: how the Redis event bus shares events between instances.
 *
 * @param stream    the Redis Stream every instance writes to and reads from
 * @param retention about how many entries the stream keeps (trimmed approximately as it grows):
 *                  an instance away for longer than that many events misses the oldest ones
 * @param redisTimeout how long a publication waits for Redis before it counts as a failure
 */
@ConfigurationProperties("matchcast.events")
public record EventSettings(String stream, Integer retention, Duration redisTimeout) {

  public EventSettings {
    stream = stream == null || stream.isBlank() ? "matchcast:events" : stream.trim();
    retention = retention == null ? 10_000 : retention;
    redisTimeout = redisTimeout == null ? Duration.ofSeconds(2) : redisTimeout;
    if (retention < 100) {
      throw new IllegalArgumentException("matchcast.events.retention must be at least 100 entries, got " + retention);
    }
  }
}
