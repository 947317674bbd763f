package com.matchcast.support;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graphql-transport-ws conversation message by message, to see exactly what the server sends
 * and how it closes the socket (a GraphQL client library hides both).
 */
public final class GraphQlSocket implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();
  private final BlockingQueue<Map<String, Object>> incoming = new LinkedBlockingQueue<>();
  private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
  private final AtomicReference<WebSocketSession> session = new AtomicReference<>();
  private final Disposable connection;

  public GraphQlSocket(int port) {
    WebSocketHandler handler = new WebSocketHandler() {
      @Override
      public List<String> getSubProtocols() {
        return List.of("graphql-transport-ws");
      }

      @Override
      @SuppressWarnings("unchecked")
      public Mono<Void> handle(WebSocketSession session) {
        GraphQlSocket.this.session.set(session);
        session.closeStatus().defaultIfEmpty(CloseStatus.NO_STATUS_CODE).subscribe(closed::complete);
        Mono<Void> out = session.send(outgoing.asFlux().map(session::textMessage));
        Mono<Void> in = session.receive().map(WebSocketMessage::getPayloadAsText)
            .doOnNext(text -> incoming.add(withoutNulls(JSON.readValue(text, Map.class)))).then();
        return Mono.when(out, in);
      }
    };
    // Unpooled: a pool of a few connections would make later sockets of a test class wait for a free one.
    connection = new ReactorNettyWebSocketClient(HttpClient.create(ConnectionProvider.newConnection()))
        .execute(URI.create("ws://localhost:" + port + "/graphql"), handler)
        .subscribe(null, failure -> closed.completeExceptionally(failure));
  }

  /** The protocol's fields left null ("id" of an ack, "payload" of a complete) mean absent. */
  private static Map<String, Object> withoutNulls(Map<String, Object> message) {
    Map<String, Object> present = new LinkedHashMap<>(message);
    present.values().removeIf(Objects::isNull);
    return present;
  }

  /** Sends connection_init, with the token in its payload when there is one. */
  public GraphQlSocket init(String token) {
    return send(token == null ? Map.of("type", "connection_init")
        : Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer " + token)));
  }

  public GraphQlSocket subscribe(String id, String query) {
    return send(Map.of("type", "subscribe", "id", id, "payload", Map.of("query", query)));
  }

  public GraphQlSocket complete(String id) {
    return send(Map.of("type", "complete", "id", id));
  }

  public GraphQlSocket send(Map<String, Object> message) {
    Sinks.EmitResult sent = outgoing.tryEmitNext(JSON.writeValueAsString(message));
    if (sent.isFailure()) {
      throw new IllegalStateException("could not send " + message + ": " + sent);
    }
    return this;
  }

  /** The next message (pings skipped), or null when none came within the wait. */
  public Map<String, Object> next(Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (true) {
      Map<String, Object> message = incoming.poll(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (message == null || !"ping".equals(message.get("type"))) {
        return message;
      }
    }
  }

  /** How the server closed the socket, or null when it is still open after the wait. */
  public CloseStatus closeStatus(Duration wait) throws Exception {
    try {
      return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException stillOpen) {
      return null;
    }
  }

  /** Its state, for assertion messages: whether the handshake was done, whether it is closed. */
  @Override
  public String toString() {
    return "socket " + (session.get() == null ? "before its handshake" : session.get().getId())
        + (closed.isDone() ? ", closed " + closed.getNow(null) : ", open");
  }

  /** Closes the socket as a client would (1000), so the server counts the connection off. */
  @Override
  public void close() {
    WebSocketSession open = session.get();
    if (open != null && open.isOpen()) {
      open.close().block(Duration.ofSeconds(5));
    }
    outgoing.tryEmitComplete();
    connection.dispose();
  }
}
