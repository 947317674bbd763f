package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** Which tokens speak for a client and which for a user, as each issuer writes them. */
class TokenHolderTest {

  @Test
  void anRfc9068ClientCredentialsTokenHasTheClientAsSubject() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "acme", "client_id", "acme")))).isEqualTo("acme");
  }

  @Test
  void anRfc9068UserTokenNamesItsClientButSpeaksForTheUser() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "ann", "client_id", "matchcast-web")))).isNull();
  }

  @Test
  void aClientIdWithoutSubjectIsTheClients() {
    assertThat(TokenHolder.clientOf(token(Map.of("client_id", "acme", "scope", "matchcast:read")))).isEqualTo("acme");
  }

  @Test
  void auth0MarksClientCredentialsByGrantType() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "Xy12@clients", "azp", "Xy12", "gty", "client-credentials"))))
        .isEqualTo("Xy12");
  }

  @Test
  void keycloakNamesAServiceAccount() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "4f1c0e2a-9d7b-4b55-a0c1-3e9f1f6b2d10",
        "preferred_username", "service-account-acme", "azp", "acme")))).isEqualTo("acme");
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "4f1c0e2a-9d7b-4b55-a0c1-3e9f1f6b2d10",
        "preferred_username", "service-account-acme")))).isEqualTo("acme");
  }

  @Test
  void aKeycloakUserTokenIsTheUsers() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "8a2d", "preferred_username", "ann", "azp", "matchcast-web"))))
        .isNull();
  }

  @Test
  void aPlainUserTokenIsTheUsers() {
    assertThat(TokenHolder.clientOf(token(Map.of("sub", "ann", "scope", "matchcast:user")))).isNull();
  }

  private static Jwt token(Map<String, Object> claims) {
    Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.EPOCH)
        .expiresAt(Instant.EPOCH.plusSeconds(60));
    claims.forEach(builder::claim);
    return builder.build();
  }
}
