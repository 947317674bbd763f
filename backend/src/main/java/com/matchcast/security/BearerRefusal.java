package com.matchcast.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request whose bearer token is invalid (expired, forged, for another audience,
 * unsigned): HTTP 401 with the standard {@code WWW-Authenticate: Bearer error="invalid_token"}
 * header, and a body shaped like a GraphQL error with classification UNAUTHORIZED, so a GraphQL
 * client reads the refusal the same way as the ones made inside GraphQL.
 */
class BearerRefusal implements ServerAuthenticationEntryPoint {

  private final ServerAuthenticationEntryPoint standard = new BearerTokenServerAuthenticationEntryPoint();
  private final JsonMapper json;

  BearerRefusal(JsonMapper json) {
    this.json = json;
  }

  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refusal) {
    byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message(refusal),
        "extensions", Map.of("classification", "UNAUTHORIZED")))));
    // The standard entry point sets the status and the header, then completes the response:
    // completing it here writes the body instead.
    ServerHttpResponse withBody = new ServerHttpResponseDecorator(exchange.getResponse()) {
      @Override
      public Mono<Void> setComplete() {
        getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(body)));
      }
    };
    return standard.commence(exchange.mutate().response(withBody).build(), refusal);
  }

  private static String message(AuthenticationException refusal) {
    String reason = refusal instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null
        ? oauth.getError().getDescription() : refusal.getMessage();
    return "Invalid bearer token: " + reason;
  }
}
