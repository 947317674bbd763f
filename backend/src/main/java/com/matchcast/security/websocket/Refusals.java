package com.matchcast.security.websocket;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.reactive.socket.CloseStatus;
import reactor.core.publisher.Mono;

/**
 * Closing a GraphQL WebSocket as refused. graphql-transport-ws asks for 4403 Forbidden when the
 * server rejects {@code connection_init}; Spring GraphQL closes every failed initialisation with
 * 4401, so the gate notes the refusal in the session and {@link RefusingWebSocketHandler} turns
 * that 4401 into 4403 with the reason.
 */
final class Refusals {

  static final int FORBIDDEN = 4403;
  static final String REASON = Refusals.class.getName() + ".reason";
  static final String CLOSER = Refusals.class.getName() + ".closer";
  // A close frame's reason holds at most 123 bytes.
  private static final int MAX_REASON_BYTES = 123;

  private Refusals() {}

  /** Notes why the session is refused and gives the error that makes Spring GraphQL close it. */
  static AccessDeniedException refuse(WebSocketSessionInfo session, String reason) {
    session.getAttributes().put(REASON, reason);
    return new AccessDeniedException(reason);
  }

  /** Closes an open session with 4403 and the reason (an expired token). */
  @SuppressWarnings("unchecked")
  static Mono<Void> close(WebSocketSessionInfo session, String reason) {
    Object closer = session.getAttributes().get(CLOSER);
    return closer == null ? Mono.empty()
        : ((Function<CloseStatus, Mono<Void>>) closer).apply(status(reason));
  }

  /** 4403 with this reason, if the session was refused; otherwise the status asked for. */
  static CloseStatus replace(Map<String, Object> attributes, CloseStatus asked) {
    Object reason = attributes.get(REASON);
    return asked.getCode() == 4401 && reason != null ? status((String) reason) : asked;
  }

  private static CloseStatus status(String reason) {
    String text = "Forbidden: " + reason;
    while (text.getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
      text = text.substring(0, text.length() - 1);
    }
    return new CloseStatus(FORBIDDEN, text);
  }
}
