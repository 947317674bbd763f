package com.matchcast.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * matchcast.events.*: how the Redis event bus shares events between instances.
 *
 * @param stream    the Redis Stream every instance writes to and reads from; empty: named after
 *                  the database (see {@link #streamFor}), so that installations on different
 *                  databases sharing one Redis (staging and production, test runs) never mix events
 * @param retention about how many entries the stream keeps (trimmed approximately as it grows):
 *                  an instance away for longer than that many events misses the oldest ones
 * @param redisTimeout how long a publication waits for Redis before it counts as a failure
 */
@ConfigurationProperties("matchcast.events")
public record EventSettings(String stream, Integer retention, Duration redisTimeout) {

  public EventSettings {
    stream = stream == null ? "" : stream.trim();
    retention = retention == null ? 10_000 : retention;
    redisTimeout = redisTimeout == null ? Duration.ofSeconds(2) : redisTimeout;
    if (retention < 100) {
      throw new IllegalArgumentException("matchcast.events.retention must be at least 100 entries, got " + retention);
    }
  }

  /** The configured stream, else "matchcast:events:" and a short hash of the database's URL. */
  public String streamFor(String databaseUrl) {
    if (!stream.isEmpty()) {
      return stream;
    }
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(databaseUrl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "matchcast:events:" + java.util.HexFormat.of().formatHex(digest, 0, 6);
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
