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
 * each. Once all are subscribed, one update is triggered and each subscriber notes when its first
 * {@code next} arrives.
 */
final class SubscriberFanOut implements AutoCloseable {

  /** Handshakes in flight at once: a burst of thousands would measure the accept queue, not the pushes. */
  private static final int OPENING_AT_ONCE = 100;

  private final List<Subscriber> subscribers = new ArrayList<>();
  private CountDownLatch served;

  /** Opens the connections and subscribes each; returns once every one has its connection_ack. */
  void open(URI graphQlSocket, int count, String subscription, Duration timeout) {
    served = new CountDownLatch(count);
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

  /** Waits until every subscriber has had its first update, or the time is up; false then. */
  boolean awaitDelivery(Duration timeout) throws InterruptedException {
    return served.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Each delivery's time in microseconds after the given instant (System.nanoTime). */
  Histogram deliveredSince(long nanoTime) {
    Histogram latencies = LatencySummary.microsecondHistogram();
    for (Subscriber s : subscribers) {
      if (s.received != 0) {
        latencies.recordValue(Math.max(0, (s.received - nanoTime) / 1000));
      }
    }
    return latencies;
  }

  /** When the first subscriber was served (System.nanoTime); 0 when none was. */
  long firstDelivery() {
    return subscribers.stream().mapToLong(s -> s.received).filter(t -> t != 0).min().orElse(0);
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

  /** One connection: init, subscribe on ack, answer pings, note the first update. */
  private final class Subscriber implements WebSocketHandler {

    private final String subscription;
    private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    private final Sinks.Empty<Void> acknowledged = Sinks.empty();
    private volatile Disposable connection;
    private volatile long received;
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
          } else if (received == 0) {
            received = now;
            served.countDown();
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
