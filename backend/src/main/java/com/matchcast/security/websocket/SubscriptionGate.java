package com.matchcast.security.websocket;

import com.matchcast.security.SecuritySettings.WebSocketLimits;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.server.support.BearerTokenAuthenticationExtractor;
import org.springframework.graphql.server.webflux.AuthenticationWebSocketInterceptor;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The WebSocket side of security (Spring GraphQL takes one WebSocket interceptor, so this is it).
 * A client authenticates in {@code connection_init} ({@code {"Authorization": "Bearer <jwt>"}}),
 * never in the URL; without a token the connection is anonymous. A token that is refused, or a
 * client over its connection cap, closes the socket with 4403; the token's expiry closes it too.
 * Each connection runs a bounded number of operations at once.
 */
public class SubscriptionGate implements WebSocketGraphQlInterceptor, Ordered {

  private static final String CLIENT = SubscriptionGate.class.getName() + ".client";
  private static final String OPERATIONS = SubscriptionGate.class.getName() + ".operations";
  private static final String EXPIRY = SubscriptionGate.class.getName() + ".expiry";

  private final AuthenticationWebSocketInterceptor authentication;
  private final WebSocketLimits limits;
  private final Map<String, Integer> connectionsByClient = new ConcurrentHashMap<>();

  public SubscriptionGate(ReactiveAuthenticationManager tokens, WebSocketLimits limits) {
    this.authentication = new AuthenticationWebSocketInterceptor(new BearerTokenAuthenticationExtractor(), tokens);
    this.limits = limits;
  }

  @Override
  public int getOrder() {
    // Outermost: the security context it writes must reach every interceptor after it.
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
    return authentication.handleConnectionInitialization(session, payload)
        .onErrorResume(error -> Mono.error(Refusals.refuse(session, "invalid token: " + error.getMessage())))
        .then(Mono.defer(() -> admit(session)));
  }

  private Mono<Object> admit(WebSocketSessionInfo session) {
    Authentication user = authenticated(session);
    String client = user != null ? "user " + user.getName() : "address " + host(session.getRemoteAddress());
    int open = connectionsByClient.merge(client, 1, Integer::sum);
    if (open > limits.maxConnectionsPerClient()) {
      release(client);
      return Mono.error(Refusals.refuse(session, "too many connections: at most "
          + limits.maxConnectionsPerClient() + " per client"));
    }
    session.getAttributes().put(CLIENT, client);
    session.getAttributes().put(OPERATIONS, ConcurrentHashMap.newKeySet());
    if (user instanceof JwtAuthenticationToken jwt && jwt.getToken().getExpiresAt() != null) {
      closeAtExpiry(session, jwt.getToken().getExpiresAt());
    }
    return Mono.empty();
  }

  /** An expired token must not keep a connection alive: its end closes the socket as a refusal would. */
  private static void closeAtExpiry(WebSocketSessionInfo session, Instant expiresAt) {
    Duration left = Duration.between(Instant.now(), expiresAt);
    Disposable timer = Mono.delay(left.isNegative() ? Duration.ZERO : left)
        .flatMap(tick -> Refusals.close(session, "token expired"))
        .subscribe();
    session.getAttributes().put(EXPIRY, timer);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!(request instanceof WebSocketGraphQlRequest socketRequest)) {
      return authentication.intercept(request, chain);
    }
    Set<String> operations = (Set<String>) socketRequest.getSessionInfo().getAttributes().get(OPERATIONS);
    String id = socketRequest.getId();
    if (operations != null && operations.size() >= limits.maxSubscriptionsPerConnection()) {
      return Mono.just(tooMany(request));
    }
    if (operations != null) {
      operations.add(id);
    }
    Runnable release = () -> {
      if (operations != null) {
        operations.remove(id);
      }
    };
    return authentication.intercept(request, chain)
        .map(response -> response.getData() instanceof Publisher<?> stream
            ? response.transform(builder -> builder.data(Flux.from((Publisher<ExecutionResult>) stream)
                .doFinally(signal -> release.run())))
            : ended(response, release))
        .doOnError(error -> release.run())
        .doOnCancel(release);
  }

  private static WebGraphQlResponse ended(WebGraphQlResponse response, Runnable release) {
    release.run();
    return response;
  }

  private WebGraphQlResponse tooMany(WebGraphQlRequest request) {
    ExecutionResult refused = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
        .errorType(ErrorType.BAD_REQUEST)
        .message("Too many operations on this connection: at most " + limits.maxSubscriptionsPerConnection()
            + " at once; complete one first.")
        .build()).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused));
  }

  @Override
  public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String id) {
    // The stream's own end (doFinally above) releases its slot; nothing else to do.
    return authentication.handleCancelledSubscription(session, id);
  }

  @Override
  public void handleConnectionClosed(WebSocketSessionInfo session, int statusCode, Map<String, Object> payload) {
    Object timer = session.getAttributes().remove(EXPIRY);
    if (timer instanceof Disposable disposable) {
      disposable.dispose();
    }
    Object client = session.getAttributes().remove(CLIENT);
    if (client != null) {
      release((String) client);
    }
    authentication.handleConnectionClosed(session, statusCode, payload);
  }

  /** The authentication the delegate stored in the session (under a key of its own). */
  private static Authentication authenticated(WebSocketSessionInfo session) {
    return session.getAttributes().values().stream()
        .filter(SecurityContext.class::isInstance).map(SecurityContext.class::cast)
        .map(SecurityContext::getAuthentication).findFirst().orElse(null);
  }

  private void release(String client) {
    connectionsByClient.computeIfPresent(client, (key, open) -> open > 1 ? open - 1 : null);
  }

  private static String host(InetSocketAddress address) {
    return address == null ? "unknown" : address.getAddress() == null ? address.getHostString()
        : address.getAddress().getHostAddress();
  }
}
