package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.SignedIn;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The security contract over HTTP, on a real server: queries are public; admin mutations need
 * scope matchcast:admin (UNAUTHORIZED without a token, FORBIDDEN without the scope, both as
 * GraphQL errors with HTTP 200); an invalid bearer token is answered HTTP 401 whatever it asks.
 */
@EmbeddedDatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityContractTest {

  private static final String RECOMPUTE = "mutation { recomputePredictions(league: \"xx\") { __typename } }";

  @LocalServerPort int port;
  @Autowired DevTokens tokens;
  @Autowired DatabaseClient db;

  private WebTestClient http;
  private BadTokens bad;

  @BeforeEach
  void client() {
    http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    bad = new BadTokens(tokens);
    db.sql("DELETE FROM admin_audit").then().block();
  }

  @Test
  void anonymousAdminMutationIsUnauthorized(CapturedOutput output) {
    Map<String, Object> answer = post(RECOMPUTE, null);

    assertThat(answer).containsOnlyKeys("data", "errors");
    assertThat(answer.get("data")).isNull();
    assertThat(answer.get("errors")).isEqualTo(List.of(Map.of(
        "message", "recomputePredictions needs a signed-in user: send a bearer token with scope matchcast:admin.",
        "locations", List.of(Map.of("line", 1, "column", 12)),
        "path", List.of("recomputePredictions"),
        "extensions", Map.of("classification", "UNAUTHORIZED"))));
    assertThat(auditLog()).as("anonymous refusals are not audited").isEmpty();
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("INTERNAL_ERROR");
  }

  @Test
  void aUserTokenOnAnAdminMutationIsForbiddenAndAudited(CapturedOutput output) {
    Map<String, Object> answer = post(RECOMPUTE, SignedIn.userToken(tokens, "ann"));

    assertThat(answer).containsOnlyKeys("data", "errors");
    assertThat(answer.get("data")).isNull();
    assertThat(answer.get("errors")).isEqualTo(List.of(Map.of(
        "message", "recomputePredictions needs scope matchcast:admin; the token of ann does not have it.",
        "locations", List.of(Map.of("line", 1, "column", 12)),
        "path", List.of("recomputePredictions"),
        "extensions", Map.of("classification", "FORBIDDEN"))));
    assertThat(auditLog()).containsExactly(
        Map.of("actor", "ann", "operation", "recomputePredictions", "arguments", "{league=xx}", "outcome", "FORBIDDEN"));
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("INTERNAL_ERROR");
  }

  @Test
  void anAdminTokenRunsTheMutationAndTheAuditLogSaysSo() {
    Map<String, Object> answer = post(RECOMPUTE, SignedIn.adminToken(tokens));

    assertThat(answer).isEqualTo(Map.of("data", Map.of("recomputePredictions", Map.of("__typename", "UnknownLeague"))));
    assertThat(auditLog()).containsExactly(Map.of("actor", "test-admin", "operation", "recomputePredictions",
        "arguments", "{league=xx}", "outcome", "UnknownLeague"));
  }

  @Test
  void theAuditLogIsForAdminsOnly() {
    Map<String, Object> answer = post("{ adminAuditLog { actor } }", SignedIn.userToken(tokens, "ann"));

    assertThat(classifications(answer)).containsExactly("FORBIDDEN");
  }

  /** A third-party client's token reads the public API but is nobody to follow clubs for. */
  @Test
  void aClientCredentialsTokenReadsButIsNoUser(CapturedOutput output) {
    String acme = tokens.issueForClient("acme", java.time.Duration.ofHours(1)).token();

    Map<String, Object> read = post("{ leagues { code } me { id } }", acme);
    Map<String, Object> follow = post("mutation { followLeague(code: \"E0\") { __typename } }", acme);

    assertThat(read).containsOnlyKeys("data");
    assertThat(((Map<?, ?>) read.get("data")).get("me")).as("a client is nobody's me").isNull();
    assertThat(follow.get("data")).isNull();
    assertThat(follow.get("errors")).isEqualTo(List.of(Map.of(
        "message", "followLeague acts for a signed-in user; the token of client acme is a client-credentials token,"
            + " which names no user.",
        "locations", List.of(Map.of("line", 1, "column", 12)),
        "path", List.of("followLeague"),
        "extensions", Map.of("classification", "FORBIDDEN"))));
    assertThat(db.sql("SELECT COUNT(*) AS n FROM followed_league WHERE user_id = 'acme'")
        .map(row -> row.get("n", Long.class)).one().block()).isZero();
    assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("INTERNAL_ERROR");
  }

  /** An automation's client may hold the admin scope; the audit log names it as a client. */
  @Test
  void aClientWithTheAdminScopeRunsAdminMutationsAndIsAuditedAsTheClient() {
    Instant now = Instant.now();
    String opsBot = tokens.sign(BadTokens.adminClaims(now, java.time.Duration.ofHours(1)).subject("ops-bot")
        .claim("client_id", "ops-bot").claim("scope", "matchcast:admin").build());

    Map<String, Object> answer = post(RECOMPUTE, opsBot);

    assertThat(answer).isEqualTo(Map.of("data", Map.of("recomputePredictions", Map.of("__typename", "UnknownLeague"))));
    assertThat(auditLog()).containsExactly(Map.of("actor", "client ops-bot", "operation", "recomputePredictions",
        "arguments", "{league=xx}", "outcome", "UnknownLeague"));
  }

  @Test
  void anonymousQueriesStillWork() {
    Map<String, Object> answer = post("{ leagues { code } servingClock { mode } me { id } }", null);

    assertThat(answer).containsOnlyKeys("data");
    assertThat(((Map<?, ?>) answer.get("data")).get("me")).as("me is null when anonymous").isNull();
  }

  @Test
  void anExpiredTokenIsRefused() {
    Instant expiredAt = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);

    assertRefused(bad.expired(expiredAt), "Jwt expired at " + expiredAt);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsRefused() {
    assertRefused(bad.forged(), "Failed to validate the token");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertRefused(bad.wrongAudience(), "The aud claim is not valid");
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    assertRefused(bad.wrongIssuer(), "The iss claim is not valid");
  }

  @Test
  void anUnsignedTokenIsRefused() {
    assertRefused(bad.unsigned(), "Unsupported algorithm of none");
  }

  @Test
  void anInvalidTokenIsRefusedEvenOnAPublicQuery() {
    EntityExchangeResult<Map> result = exchange("{ leagues { code } }", bad.forged());

    assertThat(result.getStatus().value()).isEqualTo(401);
  }

  private void assertRefused(String token, String reason) {
    EntityExchangeResult<Map> result = exchange(RECOMPUTE, token);

    assertThat(result.getStatus().value()).isEqualTo(401);
    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo(
        "Bearer error=\"invalid_token\", error_description=\"" + reason + "\", "
            + "error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"");
    assertThat(result.getResponseBody()).isEqualTo(Map.of("errors", List.of(Map.of(
        "message", "Invalid bearer token: " + reason, "extensions", Map.of("classification", "UNAUTHORIZED")))));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String query, String token) {
    return exchange(query, token).getResponseBody();
  }

  @SuppressWarnings("rawtypes")
  private EntityExchangeResult<Map> exchange(String query, String token) {
    return http.post().uri("/graphql")
        .headers(headers -> {
          if (token != null) {
            headers.setBearerAuth(token);
          }
        })
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", query))
        .exchange()
        .expectBody(Map.class).returnResult();
  }

  private List<Map<String, Object>> auditLog() {
    return db.sql("SELECT actor, operation, arguments, outcome FROM admin_audit ORDER BY id")
        .fetch().all().map(row -> Map.<String, Object>of("actor", row.get("actor"), "operation", row.get("operation"),
            "arguments", row.get("arguments"), "outcome", row.get("outcome")))
        .collectList().block();
  }

  @SuppressWarnings("unchecked")
  private static List<String> classifications(Map<String, Object> answer) {
    return ((List<Map<String, Object>>) answer.get("errors")).stream()
        .map(error -> (String) ((Map<String, Object>) error.get("extensions")).get("classification")).toList();
  }
}
