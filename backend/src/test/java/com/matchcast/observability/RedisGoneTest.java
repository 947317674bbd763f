package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.InstanceIdentity;
import com.matchcast.events.EventBus;
import com.matchcast.events.EventSettings;
import com.matchcast.events.InProcessEventBus;
import com.matchcast.events.RedisEventStream;
import com.matchcast.events.RedisLink;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.user.FollowsChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Redis gone (issue section 5), on a redis-server of this test's own that it stops and starts
 * again: the instance keeps answering and delivering its events locally, warns once, shows
 * DEGRADED health while readiness does not change, runs no job it cannot lock, and shares its
 * events again by itself once Redis is back, those it held meanwhile first.
 */
@EmbeddedDatabaseTest
// closed after the class: a context left in Spring's cache keeps a Redisson client on the stopped
// server, whose lock renewals then log ERRORs into later tests' captured output
@DirtiesContext
class RedisGoneTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String STREAM = "matchcast:events";
  private static int redisPort;
  private static Process redis;

  @LocalServerPort int port;
  @Autowired EventBus events;
  @Autowired RedisEventStream stream;
  @Autowired ClusterJobs jobs;
  @Autowired MeterRegistry meters;

  @DynamicPropertySource
  static void ownRedis(DynamicPropertyRegistry properties) throws Exception {
    redisPort = freePort();
    startRedis();
    properties.add("matchcast.redis.url", () -> "redis://127.0.0.1:" + redisPort);
    properties.add("matchcast.instance-id", () -> "redis-gone-test");
    properties.add("matchcast.events.stream", () -> STREAM);
  }

  @AfterAll
  static void stopRedis() throws InterruptedException {
    if (redis != null) {
      redis.destroy();
      redis.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void withoutRedisTheInstanceServesLocallyShowsDegradedAndRecoversByItself() throws Exception {
    BlockingQueue<FollowsChanged> here = new LinkedBlockingQueue<>();
    Disposable listening = events.on(FollowsChanged.class).subscribe(here::add);
    Other other = new Other();
    try (LogCapture logs = new LogCapture()) {
      String leagues = leagues();
      events.publish(new FollowsChanged("before"));
      assertThat(here.poll(10, TimeUnit.SECONDS)).isEqualTo(new FollowsChanged("before"));
      assertThat(other.received.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(new FollowsChanged("before"));

      redis.destroy();
      assertThat(redis.waitFor(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 20; i++) {
        events.publish(new FollowsChanged("while gone " + i));
      }
      for (int i = 0; i < 20; i++) {
        assertThat(here.poll(10, TimeUnit.SECONDS)).as("delivered here at once")
            .isEqualTo(new FollowsChanged("while gone " + i));
      }
      await(() -> "DEGRADED".equals(component("eventBus")), "eventBus DEGRADED");
      await(() -> "DEGRADED".equals(component("redis")), "redis DEGRADED");
      assertThat(stream.held()).as("held for the others").isEqualTo(20);
      assertThat(leagues()).as("reads answer as before").isEqualTo(leagues);
      assertThat(readinessMembers()).containsOnlyKeys("model", "r2dbc", "readinessState");
      assertThat(jobs.runOnce("redis-gone-job", () -> Mono.error(new AssertionError("must not run")))
          .block(WAIT)).as("a job nobody can lock is not run").isFalse();
      assertThat(meters.get("matchcast.job.runs").tag("job", "redis-gone-job").tag("outcome", "unreachable")
          .counter().count()).isEqualTo(1.0);

      startRedis();
      await(() -> "UP".equals(component("eventBus")), "eventBus UP again");
      await(() -> "UP".equals(component("redis")), "redis UP again");
      await(() -> other.link.lost().isEmpty() && groups() == 2, "the other instance reading again");
      events.publish(new FollowsChanged("after"));
      for (int i = 0; i < 20; i++) {
        assertThat(other.received.poll(WAIT.toSeconds(), TimeUnit.SECONDS))
            .as("what was published while Redis was gone reaches the other instance late, in order")
            .isEqualTo(new FollowsChanged("while gone " + i));
      }
      assertThat(other.received.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).as("then what came after")
          .isEqualTo(new FollowsChanged("after"));
      assertThat(other.received.poll(1, TimeUnit.SECONDS)).as("each once").isNull();
      assertThat(here.poll(1, TimeUnit.SECONDS)).as("nothing delivered here twice").isEqualTo(new FollowsChanged("after"));
      assertThat(here.poll(1, TimeUnit.SECONDS)).isNull();

      List<String> warnings = messages(logs, "Redis unreachable");
      // this process holds two instances (the application and the other): one warning each, not one per event
      assertThat(warnings).hasSize(2).allSatisfy(warning -> assertThat(warning).startsWith("WARN Redis unreachable ("));
      assertThat(messages(logs, "Redis answers again")).hasSize(2)
          .allSatisfy(info -> assertThat(info).startsWith("INFO Redis answers again; events are shared"));
    } finally {
      listening.dispose();
      other.close();
    }
  }

  /** Another instance on the same Redis, as RedisEventBusTest builds one. */
  private static final class Other implements AutoCloseable {
    final RedissonClient client;
    final RedisLink link = new RedisLink(Clock.systemUTC());
    final RedisEventStream stream;
    final BlockingQueue<FollowsChanged> received = new LinkedBlockingQueue<>();
    final Disposable listening;

    Other() throws InterruptedException {
      Config config = new Config();
      config.useSingleServer().setAddress("redis://127.0.0.1:" + redisPort);
      client = Redisson.create(config);
      InProcessEventBus local = new InProcessEventBus();
      stream = new RedisEventStream(client, local, new InstanceIdentity("redis-gone-other"),
          new EventSettings(STREAM, 10_000, Duration.ofSeconds(2)), link);
      listening = local.on(FollowsChanged.class).subscribe(received::add);
      stream.start();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (!client.getStream(STREAM).isExists() || client.getStream(STREAM).listGroups().size() < 2) {
        assertThat(System.nanoTime()).as("both groups made").isLessThan(deadline);
        Thread.sleep(20);
      }
    }

    @Override
    public void close() {
      listening.dispose();
      stream.stop();
      client.shutdown();
    }
  }

  private int groups() {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:" + redisPort);
    RedissonClient probe = Redisson.create(config);
    try {
      return probe.getStream(STREAM).isExists() ? probe.getStream(STREAM).listGroups().size() : 0;
    } finally {
      probe.shutdown();
    }
  }

  private String leagues() {
    return client().post().uri("/graphql").bodyValue(Map.of("query", "{ leagues { code name } }"))
        .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
  }

  @SuppressWarnings("unchecked")
  private String component(String name) {
    Map<String, Object> health = client().get().uri("/actuator/health").exchange()
        .expectBody(Map.class).returnResult().getResponseBody();
    Map<String, Object> component = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get(name);
    return (String) component.get("status");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> readinessMembers() {
    Map<String, Object> readiness = client().get().uri("/actuator/health/readiness").exchange()
        .expectBody(Map.class).returnResult().getResponseBody();
    return (Map<String, Object>) readiness.get("components");
  }

  private WebTestClient client() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
        .build();
  }

  private static List<String> messages(LogCapture logs, String start) {
    List<String> found = new ArrayList<>();
    for (ILoggingEvent event : logs.events()) {
      if (event.getFormattedMessage().startsWith(start)) {
        found.add(event.getLevel() + " " + event.getFormattedMessage());
      }
    }
    return found;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static void startRedis() throws IOException, InterruptedException {
    redis = new ProcessBuilder("redis-server", "--port", String.valueOf(redisPort), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no", "--daemonize", "no").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try (Socket probe = new Socket("127.0.0.1", redisPort)) {
        return;
      } catch (IOException notYet) {
        assertThat(System.nanoTime()).as("redis-server listening on " + redisPort).isLessThan(deadline);
        Thread.sleep(50);
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
