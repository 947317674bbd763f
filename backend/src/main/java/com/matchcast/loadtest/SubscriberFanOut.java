package com.matchcast.loadtest;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;

/**
 * Many graphql-transport-ws subscribers of one match's predictions, anonymous, one connection
 * each. Once all are subscribed, updates are triggered one after the other; for each, every
 * subscriber notes when its first {@code next} after the trigger arrives.
 */
final class SubscriberFanOut implements AutoCloseable {

  /** Handshakes in flight at once: a burst of thousands would measure the accept queue, not the pushes. */
  private static final int OPENING_AT_ONCE = 100;

  private final List<Subscriber> subscribers = new ArrayList<>();
  private final int updates;
  private final CountDownLatch[] served;
  /** The update being waited for; -1 before the first trigger (a push then is no update's). */
  private volatile int update = -1;

  SubscriberFanOut(int count, int updates) {
    this.updates = updates;
    this.served = new CountDownLatch[updates];
    for (int u = 0; u < updates; u++) {
      served[u] = new CountDownLatch(count);
    }
  }

  /** Opens the connections and subscribes each; returns once every one has its connection_ack. */
  void open(URI graphQlSocket, int count, String subscription, Duration timeout) {
    ReactorNettyWebSocketClient client =
        new ReactorNettyWebSocketClient(HttpClient.create(ConnectionProvider.newConnection()));
    Flux.range(0, count)
        .flatMap(i -> {
          Subscriber subscriber = new Subscriber(subscription);
          synchronized (subscribers) {
            subscribers.add(subscriber);
          }
          subscriber.connection = client.execute(graphQlSocket, subscriber)
              .subscribe(null, failure -> subscriber.fail());
          return subscriber.acknowledged.asMono();
        }, OPENING_AT_ONCE)
        .blockLast(timeout);
  }

  /** From now on, a subscriber's next push counts as update {@code u} (0-based): call before its trigger. */
  void expect(int u) {
    update = u;
  }

  /** Waits until every subscriber has had update {@code u}, or the time is up; false then. */
  boolean awaitDelivery(int u, Duration timeout) throws InterruptedException {
    return served[u].await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Each delivery of update {@code u}: its time in microseconds after the given instant (System.nanoTime). */
  Histogram deliveredSince(int u, long nanoTime) {
    Histogram latencies = LatencySummary.microsecondHistogram();
    for (Subscriber s : subscribers) {
      if (s.received[u] != 0) {
        latencies.recordValue(Math.max(0, (s.received[u] - nanoTime) / 1000));
      }
    }
    return latencies;
  }

  /** When the first subscriber got update {@code u} (System.nanoTime); 0 when none did. */
  long firstDelivery(int u) {
    return subscribers.stream().mapToLong(s -> s.received[u]).filter(t -> t != 0).min().orElse(0);
  }

  /** Subscribers that were refused, got an error, or whose connection broke. */
  long failed() {
    return subscribers.stream().filter(s -> s.failed).count();
  }

  @Override
  public void close() {
    subscribers.forEach(s -> {
      s.outgoing.tryEmitComplete();
      if (s.connection != null) {
        s.connection.dispose();
      }
    });
  }

  /** One connection: init, subscribe on ack, answer pings, note each update's first push. */
  private final class Subscriber implements WebSocketHandler {

    private final String subscription;
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.Empty<Void> acknowledged = Sinks.empty();
    private volatile Disposable connection;
    /** When each update's first push arrived (System.nanoTime), 0 until it has. */
    private final long[] received = new long[updates];
    private volatile boolean failed;

    Subscriber(String subscription) {
      this.subscription = subscription;
    }

    @Override
    public List<String> getSubProtocols() {
      return List.of("graphql-transport-ws");
    }

    @Override
    public Mono<Void> handle(WebSocketSession session) {
      outgoing.tryEmitNext("{\"type\":\"connection_init\"}");
      Mono<Void> out = session.send(outgoing.asFlux().map(session::textMessage));
      Mono<Void> in = session.receive().map(WebSocketMessage::getPayloadAsText).doOnNext(this::onMessage)
          .doOnError(error -> fail())
          .then();
      return Mono.when(out, in);
    }

    private void onMessage(String text) {
      long now = System.nanoTime();
      JsonNode message = BackendClient.JSON.readTree(text);
      switch (message.path("type").asString()) {
        case "connection_ack" -> {
          outgoing.tryEmitNext(BackendClient.JSON.writeValueAsString(Map.of("id", "1", "type", "subscribe",
              "payload", Map.of("query", subscription))));
          acknowledged.tryEmitEmpty();
        }
        case "ping" -> outgoing.tryEmitNext("{\"type\":\"pong\"}");
        case "next" -> {
          if (message.path("payload").has("errors")) {
            fail();
          } else {
            int u = update;
            if (u >= 0 && received[u] == 0) {
              received[u] = now;
              served[u].countDown();
            }
          }
        }
        case "error", "complete" -> fail();
        default -> { }
      }
    }

    private void fail() {
      if (!failed) {
        failed = true;
        acknowledged.tryEmitEmpty();
      }
    }
  }
}
