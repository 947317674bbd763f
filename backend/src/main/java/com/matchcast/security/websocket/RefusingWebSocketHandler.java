package com.matchcast.security.websocket;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import io.netty.util.internal.ThreadExecutorMap;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.HandshakeInfo;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Spring GraphQL's WebSocket handler, closing refused connections with 4403 instead of 4401
 * (see {@link Refusals}), and letting the gate close a session whose token expired.
 */
public class RefusingWebSocketHandler extends GraphQlWebSocketHandler {

  public RefusingWebSocketHandler(WebGraphQlHandler handler, CodecConfigurer codecs, Duration initTimeout,
      Duration keepAlive, CorsConfiguration cors) {
    super(handler, codecs, initTimeout, keepAlive, cors);
  }

  @Override
  public Mono<Void> handle(WebSocketSession session) {
    WebSocketSession refusing = new RefusingSession(session);
    Scheduler loop = currentEventLoop();
    session.getAttributes().put(Refusals.CLOSER,
        (Function<CloseStatus, Mono<Void>>) status -> Mono.defer(() -> refusing.close(status)).subscribeOn(loop));
    return super.handle(refusing);
  }

  /**
   * A close sent from a timer's thread races the connection's own shutdown on its event loop,
   * which drops the close frame (the client then sees 1005, no status): close on the loop that
   * runs the session, the one calling this handler. Netty names it in its internal thread map;
   * without one (another server), the close runs where it is asked for.
   */
  private static Scheduler currentEventLoop() {
    Executor loop = ThreadExecutorMap.currentExecutor();
    return loop == null ? Schedulers.immediate() : Schedulers.fromExecutor(loop);
  }

  /** The session as is, except for the status it closes with. */
  private record RefusingSession(WebSocketSession session) implements WebSocketSession {

    @Override
    public Mono<Void> close(CloseStatus status) {
      return session.close(Refusals.replace(session.getAttributes(), status));
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public HandshakeInfo getHandshakeInfo() {
      return session.getHandshakeInfo();
    }

    @Override
    public DataBufferFactory bufferFactory() {
      return session.bufferFactory();
    }

    @Override
    public Map<String, Object> getAttributes() {
      return session.getAttributes();
    }

    @Override
    public Flux<WebSocketMessage> receive() {
      return session.receive();
    }

    @Override
    public Mono<Void> send(Publisher<WebSocketMessage> messages) {
      return session.send(messages);
    }

    @Override
    public boolean isOpen() {
      return session.isOpen();
    }

    @Override
    public Mono<CloseStatus> closeStatus() {
      return session.closeStatus();
    }

    @Override
    public WebSocketMessage textMessage(String payload) {
      return session.textMessage(payload);
    }

    @Override
    public WebSocketMessage binaryMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
      return session.binaryMessage(payloadFactory);
    }

    @Override
    public WebSocketMessage pingMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
      return session.pingMessage(payloadFactory);
    }

    @Override
    public WebSocketMessage pongMessage(Function<DataBufferFactory, DataBuffer> payloadFactory) {
      return session.pongMessage(payloadFactory);
    }
  }
}
