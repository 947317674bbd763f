package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.support.EmbeddedDatabaseTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/**
 * Responses carry security headers and a content security policy; GraphiQL's page gets a policy
 * that lets exactly its own scripts run; browsers on other origins than the configured ones are
 * refused.
 */
@EmbeddedDatabaseTest
class SecurityHeadersTest {

  @LocalServerPort int port;

  @Test
  void apiResponsesCarryTheStrictPolicyAndTheUsualHeaders() {
    HttpHeaders headers = post("{ leagues { code } }").getResponseHeaders();

    assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecuritySettings.DEFAULT_POLICY);
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
  }

  @Test
  void graphiQlsPageGetsAPolicyThatRunsItsOwnScripts() {
    EntityExchangeResult<String> page = http().get().uri("/graphiql?path=/graphql&wsPath=/graphql").exchange()
        .expectStatus().isOk().expectBody(String.class).returnResult();

    String policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
    assertThat(policy).isEqualTo(GraphiQlPolicy.of(page.getResponseBody()));
    assertThat(policy).contains("script-src 'self' 'sha256-").contains("https://esm.sh").contains("frame-ancestors 'none'");
  }

  @Test
  void aConfiguredOriginMayCallTheApi() {
    http().options().uri("/graphql").header("Origin", "http://localhost:5173")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://localhost:5173")
        .expectHeader().valueEquals("Access-Control-Allow-Methods", "GET,POST,OPTIONS");
  }

  @Test
  void anyOtherOriginIsRefused() {
    http().options().uri("/graphql").header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "POST")
        .exchange()
        .expectStatus().isForbidden()
        .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    http().method(HttpMethod.POST).uri("/graphql").header("Origin", "https://evil.example")
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ leagues { code } }"))
        .exchange()
        .expectStatus().isForbidden();
  }

  @Test
  void aWebSocketHandshakeFromAnotherOriginIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setOrigin("https://evil.example");
    WebSocketHandler nothing = session -> session.close();

    assertThatThrownBy(() -> new ReactorNettyWebSocketClient()
        .execute(URI.create("ws://localhost:" + port + "/graphql"), headers, nothing).block(Duration.ofSeconds(10)))
        .hasMessageContaining("Invalid handshake response getStatus: 403 Forbidden");
  }

  private EntityExchangeResult<byte[]> post(String query) {
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", query))
        .exchange().expectStatus().isOk().expectBody().returnResult();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }
}
