package com.matchcast.support;

import com.matchcast.security.dev.DevTokens;
import java.time.Duration;
import java.util.Map;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;

/** Clients of the running server carrying a development issuer's token, as a signed-in user or an admin. */
public final class SignedIn {

  private SignedIn() {}

  public static String adminToken(DevTokens tokens) {
    return tokens.issue("test-admin", true, Duration.ofHours(1)).token();
  }

  public static String userToken(DevTokens tokens, String user) {
    return tokens.issue(user, false, Duration.ofHours(1)).token();
  }

  public static HttpGraphQlTester graphQl(int port, String token) {
    return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
        .defaultHeader("Authorization", "Bearer " + token).build());
  }

  /** Subscriptions authenticate in connection_init, never in the URL. */
  public static WebSocketGraphQlClient webSocket(int port, String token) {
    WebSocketGraphQlClientInterceptor bearer = new WebSocketGraphQlClientInterceptor() {
      @Override
      public Mono<Object> connectionInitPayload() {
        return Mono.just(Map.of("Authorization", "Bearer " + token));
      }
    };
    return WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql", new ReactorNettyWebSocketClient())
        .interceptor(bearer).build();
  }
}
