package com.matchcast.security;

import graphql.schema.DataFetchingEnvironment;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who sent a GraphQL request: the token's subject and scopes, or nobody. Put into every
 * request's GraphQL context by {@link CallerInterceptor}, so data fetchers read it the same way
 * over HTTP and WebSocket.
 *
 * @param userId the token's subject, null when anonymous
 * @param scopes the token's scopes
 */
public record Caller(String userId, Set<String> scopes) {

  public static final Caller ANONYMOUS = new Caller(null, Set.of());

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
    return new Caller(authentication.getName(), scopes);
  }

  /** The caller of the request this data fetcher serves. */
  public static Caller of(DataFetchingEnvironment environment) {
    Caller caller = environment.getGraphQlContext().get(CONTEXT_KEY);
    return caller == null ? ANONYMOUS : caller;
  }

  public boolean signedIn() {
    return userId != null;
  }

  public boolean has(String scope) {
    return scopes.contains(scope);
  }

  public boolean admin() {
    return has(Scopes.ADMIN);
  }
}
