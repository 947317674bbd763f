package com.matchcast.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.cluster.InstanceIdentity;
import com.matchcast.user.FollowsChanged;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.codec.Kryo5Codec;
import org.redisson.config.Config;
import reactor.core.Disposable;

/**
 * Instances sharing events through the real Redis of this machine (a stream of this test's own):
 * every instance gets every event once, its own included, and a restarted instance catches up.
 */
class RedisEventBusTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final String stream = "matchcast:test:" + UUID.randomUUID() + ":events";
  private final List<Instance> instances = new ArrayList<>();
  private final List<Disposable> listening = new ArrayList<>();
  private RedissonClient redis;

  @BeforeEach
  void connect() {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:6379");
    redis = Redisson.create(config);
  }

  @AfterEach
  void disconnect() {
    listening.forEach(Disposable::dispose);
    instances.forEach(instance -> instance.stream.stop());
    redis.getKeys().delete(stream);
    redis.shutdown();
  }

  @Test
  void everyInstanceGetsEveryEventOnceItsOwnIncluded() throws InterruptedException {
    Instance a = start("a", 10_000);
    Instance b = start("b", 10_000);
    BlockingQueue<MatchcastEvent> onA = listen(a);
    BlockingQueue<MatchcastEvent> onB = listen(b);

    a.bus.publish(new FollowsChanged("from-a"));
    b.bus.publish(new FollowsChanged("from-b"));

    assertThat(List.of(next(onA), next(onA))).containsExactlyInAnyOrder(new FollowsChanged("from-a"),
        new FollowsChanged("from-b"));
    assertThat(List.of(next(onB), next(onB))).containsExactlyInAnyOrder(new FollowsChanged("from-a"),
        new FollowsChanged("from-b"));
    // each instance read both entries back from the stream; a third arrival would be a duplicate
    assertThat(onA.poll(1, TimeUnit.SECONDS)).isNull();
    assertThat(onB.poll(1, TimeUnit.SECONDS)).isNull();
    assertThat(redis.getStream(stream).size()).isEqualTo(2);
  }

  @Test
  void aRestartedInstanceCatchesUpFromItsLastAcknowledgedEntry() throws InterruptedException {
    Instance a = start("a", 10_000);
    Instance b = start("b", 10_000);
    BlockingQueue<MatchcastEvent> onB = listen(b);
    a.bus.publish(new FollowsChanged("before the restart"));
    assertThat(next(onB)).isEqualTo(new FollowsChanged("before the restart"));

    // an entry the stopped reader was given but did not acknowledge is pending: it comes again too
    b.stream.stop();
    a.bus.publish(new FollowsChanged("while b was away 1"));
    a.bus.publish(new FollowsChanged("while b was away 2"));
    Instance restarted = start("b", 10_000);
    BlockingQueue<MatchcastEvent> onRestarted = listen(restarted);

    assertThat(List.of(next(onRestarted), next(onRestarted)))
        .containsExactly(new FollowsChanged("while b was away 1"), new FollowsChanged("while b was away 2"));
    assertThat(onRestarted.poll(1, TimeUnit.SECONDS)).as("nothing acknowledged comes again").isNull();
  }

  @Test
  void theStreamIsTrimmedToAboutItsRetention() throws InterruptedException {
    Instance a = start("a", 100);
    for (int i = 0; i < 1_000; i++) {
      a.bus.publish(new FollowsChanged("user " + i));
    }
    // entries are appended in the order published: once the last is in, all are (and trimmed as they came)
    RStream<String, EventEnvelope> entries = redis.getStream(stream, new Kryo5Codec(getClass().getClassLoader()));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!lastEvent(entries).equals(new FollowsChanged("user 999"))) {
      assertThat(System.nanoTime()).as("the last event appended").isLessThan(deadline);
      Thread.sleep(20);
    }
    assertThat(entries.range(1, StreamMessageId.MIN, StreamMessageId.MAX).values().iterator().next().get("event")
        .event()).as("the oldest entries are gone").isNotEqualTo(new FollowsChanged("user 0"));
    // approximate trimming (MAXLEN ~) drops whole nodes of the stream only, 100 entries each by Redis's
    // default: at least the retention is kept, and less than one node more
    assertThat(entries.size()).isBetween(100L, 199L);
  }

  private static MatchcastEvent lastEvent(RStream<String, EventEnvelope> entries) {
    return entries.rangeReversed(1, StreamMessageId.MAX, StreamMessageId.MIN).values().stream()
        .map(fields -> fields.get("event").event()).findFirst().orElse(new FollowsChanged("none yet"));
  }

  /**
   * A bus as an application builds it (events.EventBusConfiguration), without Spring; its listener
   * is there before the reader starts, since a restarted reader delivers what it missed at once.
   */
  private Instance start(String id, int retention) {
    InProcessEventBus local = new InProcessEventBus();
    BlockingQueue<MatchcastEvent> received = new LinkedBlockingQueue<>();
    listening.add(local.on(MatchcastEvent.class).subscribe(received::add));
    RedisEventStream shared = new RedisEventStream(redis, local, new InstanceIdentity(id),
        new EventSettings(stream, retention, Duration.ofSeconds(2)), new RedisLink(Clock.systemUTC()));
    shared.start();
    Instance instance = new Instance(new RedisEventBus(local, shared), shared, received);
    instances.add(instance);
    awaitGroup(id);
    return instance;
  }

  private record Instance(RedisEventBus bus, RedisEventStream stream, BlockingQueue<MatchcastEvent> received) {}

  private static BlockingQueue<MatchcastEvent> listen(Instance instance) {
    return instance.received();
  }

  private static MatchcastEvent next(BlockingQueue<MatchcastEvent> queue) throws InterruptedException {
    MatchcastEvent event = queue.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    assertThat(event).as("an event within " + WAIT).isNotNull();
    return event;
  }

  /** The group exists once the reader made it: events published before that would not reach it. */
  private void awaitGroup(String id) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!redis.getStream(stream).isExists()
        || redis.getStream(stream).listGroups().stream().noneMatch(group -> group.getName().equals(id))) {
      assertThat(System.nanoTime()).as("consumer group " + id + " made").isLessThan(deadline);
      Thread.onSpinWait();
    }
  }

}
