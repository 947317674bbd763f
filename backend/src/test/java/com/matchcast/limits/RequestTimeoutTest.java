package com.matchcast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A query still running at the time-out (1 s here) is cancelled and answered with REQUEST_TIMEOUT. */
@LimitsContext
class RequestTimeoutTest {

  @LocalServerPort int port;
  @Autowired DevTokens tokens;
  @Autowired LimitsContext.Configuration.NeverAnswers neverAnswers;

  @Test
  void aQueryPastTheTimeOutIsCancelledAndAnsweredWithAnError() {
    // a user of its own: the other tests of this server spend the budgets of their addresses
    String token = tokens.issue("sloth", false, Duration.ofHours(1)).token();

    Map<?, ?> answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
        .responseTimeout(Duration.ofSeconds(30)).build()
        .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .headers(headers -> headers.setBearerAuth(token))
        .bodyValue(Map.of("query", "{ neverAnswers }"))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

    assertThat(answer).isEqualTo(Map.of("errors", List.of(Map.of(
        "message", "The request ran longer than 1 s (matchcast.limits.request-timeout) and was cancelled: ask for"
            + " less in one request.",
        "locations", List.of(),
        "extensions", Map.of("classification", "REQUEST_TIMEOUT")))));
    assertThat(neverAnswers.cancelled).as("the field's work was cancelled").isTrue();
  }
}
