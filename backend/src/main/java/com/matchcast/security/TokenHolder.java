package com.matchcast.security;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Whom an access token speaks for: a user, or an OAuth2 client acting for itself (a
 * client-credentials token, which a third-party developer's backend holds and which names no
 * user). Issuers mark the second kind in different ways; each rule below is one issuer's:
 * <ul>
 *   <li>RFC 9068 (JWT access tokens): every token carries {@code client_id}; a token granted
 *       without a resource owner has the client as its subject ({@code sub} equal to
 *       {@code client_id}, or no {@code sub}). A user's token names the client too, with the user
 *       as subject, so {@code client_id} alone does not make a client token.</li>
 *   <li>Auth0: {@code gty} is {@code client-credentials}.</li>
 *   <li>Keycloak: a client's service account is named {@code service-account-<client>} in
 *       {@code preferred_username}; the client is in {@code azp} (and {@code client_id}).</li>
 * </ul>
 */
public final class TokenHolder {

  /** RFC 9068's claim naming the client the token was issued to. */
  public static final String CLIENT_ID = "client_id";
  private static final String AUTHORIZED_PARTY = "azp";
  private static final String GRANT_TYPE = "gty";
  private static final String SERVICE_ACCOUNT = "service-account-";

  private TokenHolder() {}

  /** The client a client-credentials token was issued to; null when the token speaks for a user. */
  public static String clientOf(Jwt token) {
    String clientId = claim(token, CLIENT_ID);
    String subject = claim(token, "sub");
    if (clientId != null && (subject == null || clientId.equals(subject))) {
      return clientId;
    }
    if ("client-credentials".equals(claim(token, GRANT_TYPE))) {
      return firstOf(clientId, claim(token, AUTHORIZED_PARTY), subject);
    }
    String username = claim(token, "preferred_username");
    if (username != null && username.startsWith(SERVICE_ACCOUNT)) {
      return firstOf(clientId, claim(token, AUTHORIZED_PARTY), username.substring(SERVICE_ACCOUNT.length()));
    }
    return null;
  }

  private static String claim(Jwt token, String name) {
    Object value = token.getClaims().get(name);
    String text = value == null ? null : value.toString().trim();
    return text == null || text.isEmpty() ? null : text;
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }
}
