package com.matchcast.events;

import com.matchcast.cluster.InstanceIdentity;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.redisson.api.RStream;
import org.redisson.api.RedissonClient;
import org.redisson.api.stream.StreamAddArgs;
import org.redisson.api.stream.StreamCreateGroupArgs;
import org.redisson.api.stream.StreamMessageId;
import org.redisson.api.stream.StreamReadGroupArgs;
import org.redisson.codec.Kryo5Codec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The Redis Stream all instances share events through, and this instance's reading of it.
 *
 * <p>Each instance reads with a consumer group of its own, named by its {@link InstanceIdentity}:
 * every group sees every entry, so every instance gets every event (fan-out, not work sharing).
 * An entry is acknowledged once delivered on the local bus; a restarted instance first delivers
 * what it had read but not acknowledged, then resumes after the last entry its group was given.
 * Events this instance published are skipped (they were delivered locally at once), and an entry
 * delivered twice (after a restart) is recognised by its event id while the process lives; a
 * duplicate that slips through is harmless, each event carrying the identity of what it reports.
 *
 * <p>While Redis does not answer, this instance's events are delivered here and held, up to the
 * stream's retention (the oldest dropped beyond it); once Redis answers again they are appended in
 * the order they were published, before anything published later, so the other instances get them
 * late rather than never. A Redis that came back empty (no persistence) has lost the groups too:
 * each is made again from shortly before its instance last heard from Redis, so that what others
 * appended since the restart, held events included, is read rather than skipped.
 */
public class RedisEventStream implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RedisEventStream.class);
  private static final String FIELD = "event";
  private static final int BATCH = 100;
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final Duration RETRY = Duration.ofSeconds(1);
  /** How far before its last answer a group made again starts: Redis's clock and this one's may differ a little. */
  private static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

  private final RStream<String, EventEnvelope> stream;
  private final InProcessEventBus local;
  private final String instance;
  /** False for a generated id: nothing will ever resume this group, so it goes when the instance stops. */
  private final boolean resumable;
  private final EventSettings settings;
  private final RedisLink link;
  /** Ids of the events delivered lately, oldest first, as many as the stream keeps. */
  private final Map<String, Boolean> delivered;
  /** Made again at each start: a test context paused in Spring's cache is stopped and started again. */
  private volatile Sinks.Many<Outgoing> outgoing = Sinks.many().unicast().onBackpressureBuffer();
  /** Published here but not yet in the stream, oldest first; touched only by the appending loop. */
  private final Deque<EventEnvelope> held = new ArrayDeque<>();
  private final AtomicInteger heldCount = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  /** When Redis last answered this instance's reader (epoch millis); 0 before it ever did. */
  private volatile long lastAnswer;
  private volatile Disposable appending;
  private volatile Thread reader;
  private volatile boolean running;

  public RedisEventStream(RedissonClient redis, InProcessEventBus local, InstanceIdentity instance,
      EventSettings settings, RedisLink link) {
    // Kryo reads records back (Jackson needs type information they lack); the loader is the
    // application's, which in the packaged jar is not the one Redisson was loaded by.
    this.stream = redis.getStream(settings.stream(), new Kryo5Codec(getClass().getClassLoader()));
    this.local = local;
    this.instance = instance.id();
    this.resumable = instance.stable();
    this.settings = settings;
    this.link = link;
    this.delivered = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > settings.retention();
      }
    };
  }

  /** The stream's Redis key. */
  public String name() {
    return settings.stream();
  }

  /**
   * Appends an event this instance has delivered locally already; while Redis is known to be
   * unreachable it is held until Redis answers again (nothing is attempted meanwhile).
   */
  void append(MatchcastEvent event) {
    emit(new Outgoing(new EventEnvelope(UUID.randomUUID().toString(), instance, event)));
  }

  /** How many events wait for Redis to answer again. */
  public int held() {
    return heldCount.get();
  }

  private void emit(Outgoing item) {
    outgoing.emitNext(item, Sinks.EmitFailureHandler.busyLooping(Duration.ofMillis(50)));
  }

  /** An event to append, or (null) the reader's word that Redis answers again: append what is held. */
  private record Outgoing(EventEnvelope envelope) {}

  /**
   * Appends one entry after the other, so that the stream holds an instance's events in the order
   * it published them (concurrent commands may take different connections and overtake).
   */
  private Disposable appending() {
    return outgoing.asFlux().concatMap(item -> {
      if (item.envelope() != null) {
        hold(item.envelope());
      }
      return link.lost().isPresent() ? Mono.empty() : appendHeld(0);
    }, 1).subscribe();
  }

  // the appending loop runs one step at a time, but its steps may run on different threads
  private synchronized void hold(EventEnvelope envelope) {
    held.addLast(envelope);
    if (held.size() > settings.retention()) {
      held.removeFirst();
      if (dropped.getAndIncrement() == 0) {
        log.warn("More than {} events published while Redis was away: the oldest are dropped (matchcast.events"
            + ".retention); the other instances will not get them", settings.retention());
      }
    }
    heldCount.set(held.size());
  }

  /** The held events, oldest first; one that fails stays first in line, for the next answer. */
  private Mono<Void> appendHeld(int appended) {
    EventEnvelope next;
    synchronized (this) {
      next = held.peekFirst();
    }
    if (next == null) {
      if (appended > 1 || dropped.get() > 0) {
        log.info("{} events published while Redis was away are now shared ({} dropped)", appended,
            dropped.getAndSet(0));
      }
      return Mono.empty();
    }
    return Mono.fromCompletionStage(() -> stream.addAsync(StreamAddArgs.entry(FIELD, next).trimNonStrict()
            .maxLen(settings.retention()).noLimit()))
        .timeout(settings.redisTimeout())
        .then(Mono.defer(() -> {
          synchronized (this) {
            held.removeFirst();
            heldCount.set(held.size());
          }
          return appendHeld(appended + 1);
        }))
        .onErrorResume(error -> {
          link.failed("publishing " + next.event().getClass().getSimpleName(), error);
          return Mono.empty();
        });
  }

  private void readUntilStopped() {
    boolean groupReady = false;
    boolean pending = true;
    while (running) {
      try {
        if (!groupReady) {
          createGroup();
          groupReady = true;
        }
        // "0" gives back what this consumer was given but did not acknowledge; ">" what is new
        StreamReadGroupArgs args = pending ? StreamReadGroupArgs.greaterThan(StreamMessageId.ALL).count(BATCH)
            : StreamReadGroupArgs.neverDelivered().count(BATCH).timeout(POLL);
        Map<StreamMessageId, Map<String, EventEnvelope>> entries = stream.readGroup(instance, instance, args);
        if (!running) {
          // stopping: what this read brought stays pending, for this instance's next start
          return;
        }
        lastAnswer = System.currentTimeMillis();
        if (link.answered()) {
          emit(new Outgoing(null));
        }
        if (entries == null || entries.isEmpty()) {
          // after a quiet wait for new entries, look at this consumer's pending ones again: Redis can
          // still serve a blocking read its caller abandoned (a stop, a dropped connection), leaving
          // entries pending that nothing else would deliver; duplicates are dropped by event id
          pending = !pending;
          continue;
        }
        deliver(entries);
        stream.ack(instance, entries.keySet().toArray(StreamMessageId[]::new));
      } catch (RuntimeException error) {
        if (!running) {
          return;
        }
        link.failed("reading events", error);
        // Redis may come back empty (no persistence): the group is made again, and nothing is pending.
        groupReady = false;
        pending = true;
        pause();
      }
    }
  }

  /**
   * The group starts at the stream's end: a new instance has no history to catch up on. Made again
   * after Redis came back empty, it starts shortly before this instance last heard from Redis
   * (entry ids are Redis's clock in milliseconds), so what was appended since is read.
   */
  private void createGroup() {
    long answered = lastAnswer;
    StreamMessageId from = answered == 0 ? StreamMessageId.NEWEST
        : new StreamMessageId(Math.max(0, answered - CLOCK_MARGIN.toMillis()), 0);
    try {
      stream.createGroup(StreamCreateGroupArgs.name(instance).id(from).makeStream());
    } catch (RuntimeException error) {
      if (!String.valueOf(error.getMessage()).contains("BUSYGROUP")) {
        throw error;
      }
    }
  }

  private void deliver(Map<StreamMessageId, Map<String, EventEnvelope>> entries) {
    for (Map<String, EventEnvelope> fields : entries.values()) {
      // an entry trimmed away while pending comes back without its fields
      EventEnvelope envelope = fields == null ? null : fields.get(FIELD);
      if (envelope == null || instance.equals(envelope.origin()) || !firstDelivery(envelope.eventId())) {
        continue;
      }
      local.publish(envelope.event());
    }
  }

  private synchronized boolean firstDelivery(String eventId) {
    return delivered.put(eventId, Boolean.TRUE) == null;
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  @Override
  public void start() {
    running = true;
    outgoing = Sinks.many().unicast().onBackpressureBuffer();
    appending = appending();
    reader = new Thread(this::readUntilStopped, "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
  }

  @Override
  public void stop() {
    running = false;
    appending.dispose();
    Thread was = reader;
    if (was != null) {
      was.interrupt();
      try {
        was.join(POLL.multipliedBy(2).toMillis());
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
      }
    }
    if (!resumable) {
      stream.removeGroupAsync(instance);
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the Redis client closes, starts after the beans that publish. */
  @Override
  public int getPhase() {
    return SmartLifecycle.DEFAULT_PHASE - 1;
  }
}
