package com.matchcast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Rate limits over HTTP, with buckets in the real Redis: an address, a user and a third-party
 * client each spend a budget of their own (3, 4 and 6 or 2 requests an hour here), every answer
 * says what is left, and the request past the budget gets 429 with Retry-After until the budget
 * refills.
 */
@LimitsContext
class RateLimitTest {

  @LocalServerPort int port;
  @Autowired DevTokens tokens;
  @Autowired LimitsContext.ManualTime time;

  @Test
  void anAddressSpendsItsBudgetThenGets429UntilItRefills() {
    for (int remaining = 2; remaining >= 0; remaining--) {
      assertAnswered(send("203.0.113.1", null), "3", remaining);
    }

    EntityExchangeResult<Map> refused = send("203.0.113.1", null);

    // 3 an hour: one more every 20 minutes
    assertRefused(refused, "3", "1200", "Too many requests from address 203.0.113.1: at most 3 per 1h"
        + " (matchcast.limits.rate); retry in 1200 s.");
    time.advanceSeconds(1200);
    assertAnswered(send("203.0.113.1", null), "3", 0);
  }

  @Test
  void aSignedInUserSpendsTheirOwnBudgetNotTheirAddresss() {
    spend("203.0.113.2", 3);
    String token = tokens.issue("rita", false, Duration.ofHours(1)).token();

    for (int remaining = 3; remaining >= 0; remaining--) {
      assertAnswered(send("203.0.113.2", token), "4", remaining);
    }
    assertRefused(send("203.0.113.2", token), "4", "900", "Too many requests from user rita: at most 4 per 1h"
        + " (matchcast.limits.rate); retry in 900 s.");
  }

  @Test
  void aThirdPartyClientGetsItsOwnPlanOrTheClientsDefault() {
    String acme = tokens.issueForClient("acme", Duration.ofHours(1)).token();
    String other = tokens.issueForClient("other", Duration.ofHours(1)).token();

    assertAnswered(send("203.0.113.3", acme), "6", 5);
    assertAnswered(send("203.0.113.3", other), "2", 1);
    assertAnswered(send("203.0.113.3", other), "2", 0);
    assertRefused(send("203.0.113.3", other), "2", "1800", "Too many requests from client other: at most 2 per 1h"
        + " (matchcast.limits.rate); retry in 1800 s.");
    assertAnswered(send("203.0.113.3", acme), "6", 4);
  }

  /**
   * RFC 9068 user tokens name the web app's client too (client_id beside the user's subject):
   * such a token spends its user's budget, not one budget shared by every user of that app.
   */
  @Test
  void aUserTokenNamingItsClientSpendsTheUsersBudget() {
    Instant now = Instant.now();
    String viaWebApp = tokens.sign(new JWTClaimsSet.Builder().issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE)
        .subject("tess").claim("client_id", "matchcast-web").claim("scope", "matchcast:user")
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1)))).build());

    for (int remaining = 3; remaining >= 0; remaining--) {
      assertAnswered(send("203.0.113.5", viaWebApp), "4", remaining);
    }
    assertRefused(send("203.0.113.5", viaWebApp), "4", "900", "Too many requests from user tess: at most 4 per 1h"
        + " (matchcast.limits.rate); retry in 900 s.");
  }

  /** Behind one trusted proxy, what the client wrote to the left of the proxy's entry does not count. */
  @Test
  void onlyTheAddressTheTrustedProxySawCounts() {
    spend("198.51.100.9, 203.0.113.4", 3);

    assertRefused(send("198.51.100.10, 203.0.113.4", null), "3", "1200", "Too many requests from address"
        + " 203.0.113.4: at most 3 per 1h (matchcast.limits.rate); retry in 1200 s.");
  }

  @Test
  void healthProbesAreNotRateLimited() {
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
        .expectHeader().doesNotExist("X-RateLimit-Limit");
  }

  private void spend(String forwardedFor, int requests) {
    for (int i = 0; i < requests; i++) {
      assertThat(send(forwardedFor, null).getStatus().value()).isEqualTo(200);
    }
  }

  @SuppressWarnings("rawtypes")
  private EntityExchangeResult<Map> send(String forwardedFor, String token) {
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .headers(headers -> {
          headers.set("X-Forwarded-For", forwardedFor);
          if (token != null) {
            headers.setBearerAuth(token);
          }
        })
        .bodyValue(Map.of("query", "{ __typename }"))
        .exchange().expectBody(Map.class).returnResult();
  }

  @SuppressWarnings("rawtypes")
  private static void assertAnswered(EntityExchangeResult<Map> result, String limit, int remaining) {
    assertThat(result.getStatus().value()).isEqualTo(200);
    assertThat(result.getResponseBody()).isEqualTo(Map.of("data", Map.of("__typename", "Query")));
    assertThat(result.getResponseHeaders().getFirst("X-RateLimit-Limit")).isEqualTo(limit);
    assertThat(result.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
  }

  @SuppressWarnings("rawtypes")
  private static void assertRefused(EntityExchangeResult<Map> result, String limit, String retryAfter, String message) {
    assertThat(result.getStatus().value()).isEqualTo(429);
    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(retryAfter);
    assertThat(result.getResponseHeaders().getFirst("X-RateLimit-Limit")).isEqualTo(limit);
    assertThat(result.getResponseHeaders().getFirst("X-RateLimit-Remaining")).isEqualTo("0");
    assertThat(result.getResponseBody()).isEqualTo(Map.of("errors", List.of(Map.of("message", message,
        "extensions", Map.of("classification", "TOO_MANY_REQUESTS")))));
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }
}
