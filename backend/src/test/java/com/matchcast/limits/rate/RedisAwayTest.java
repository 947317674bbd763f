package com.matchcast.limits.rate;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * A Redis of this test's own (the shared one is never stopped) goes away: requests keep being
 * answered, counted in the instance's own buckets instead of failing.
 */
class RedisAwayTest {

  private static final RatePlan THREE_AN_HOUR = new RatePlan(3, Duration.ofHours(1));

  private final TimeMeter clock = new StandingTimeMeter();
  private Process redisServer;
  private RedissonClient client;

  @AfterEach
  void stop() throws InterruptedException {
    if (client != null) {
      client.shutdown();
    }
    if (redisServer != null && redisServer.isAlive()) {
      redisServer.destroy();
      redisServer.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void whileRedisIsAwayTheInstanceCountsOnItsOwn() throws Exception {
    int port = freePort();
    redisServer = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--daemonize", "no").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    awaitListening(port);
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:" + port);
    client = Redisson.create(config);
    RateLimitBuckets buckets = new RedisBuckets(client, "matchcast:rate:", clock,
        new LocalBuckets(Duration.ofHours(1), clock));

    assertThat(buckets.tryConsume("user:ann", THREE_AN_HOUR).block().getRemainingTokens()).isEqualTo(2);
    assertThat(buckets.tryConsume("user:ann", THREE_AN_HOUR).block().getRemainingTokens()).isEqualTo(1);
    redisServer.destroy();
    assertThat(redisServer.waitFor(10, TimeUnit.SECONDS)).as("the test's Redis stopped").isTrue();

    ConsumptionProbe counted = buckets.tryConsume("user:ann", THREE_AN_HOUR).block(Duration.ofSeconds(30));

    assertThat(counted.isConsumed()).isTrue();
    assertThat(counted.getRemainingTokens()).as("a fresh bucket of this instance").isEqualTo(2);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void awaitListening(int port) throws InterruptedException {
    for (int attempt = 0; attempt < 100; attempt++) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("redis-server did not listen on " + port);
  }
}
