package com.matchcast.security;

import graphql.schema.DataFetchingEnvironment;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who sent a GraphQL request: a user (the token's subject), a third-party client acting for
 * itself (a client-credentials token, {@link TokenHolder}), or nobody. Put into every request's
 * GraphQL context by {@link CallerInterceptor}, so data fetchers read it the same way over HTTP
 * and WebSocket.
 *
 * @param subject the token's subject, null when anonymous
 * @param client  the client a client-credentials token was issued to; null for a user's token
 * @param scopes  the token's scopes
 */
public record Caller(String subject, String client, Set<String> scopes) {

  public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

  static final String CONTEXT_KEY = Caller.class.getName();
  private static final String SCOPE_PREFIX = "SCOPE_";

  public Caller {
    scopes = Set.copyOf(scopes);
  }

  public static Caller of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return ANONYMOUS;
    }
    Set<String> scopes = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority != null && authority.startsWith(SCOPE_PREFIX))
        .map(authority -> authority.substring(SCOPE_PREFIX.length()))
        .collect(Collectors.toSet());
    String client = authentication instanceof JwtAuthenticationToken jwt ? TokenHolder.clientOf(jwt.getToken()) : null;
    return new Caller(authentication.getName(), client, scopes);
  }

  /** The caller of the request this data fetcher serves. */
  public static Caller of(DataFetchingEnvironment environment) {
    Caller caller = environment.getGraphQlContext().get(CONTEXT_KEY);
    return caller == null ? ANONYMOUS : caller;
  }

  /** The user the request speaks for: null when anonymous and for a client's own token. */
  public String userId() {
    return client == null ? subject : null;
  }

  /** A user's token: what the user follows, their feed, forgetting them. */
  public boolean signedIn() {
    return userId() != null;
  }

  /** Any valid token, a user's or a client's. */
  public boolean authenticated() {
    return subject != null;
  }

  /** How refusals and the audit log name the caller: the user, or "client ID". */
  public String name() {
    return client == null ? subject : "client " + client;
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }

  public boolean admin() {
    return has(Scopes.ADMIN);
  }
}
