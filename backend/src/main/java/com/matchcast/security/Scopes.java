package com.matchcast.security;

/** The OAuth2 scopes Matchcast knows. A token's {@code scope} claim lists them, space separated. */
public final class Scopes {

  /** Operations that change what Matchcast serves (the schema marks them {@code @admin}). */
  public static final String ADMIN = "matchcast:admin";
  /** Given to every development token; signed-in operations need a subject, not this scope. */
  public static final String USER = "matchcast:user";
  /**
   * Given to third-party clients (client-credentials tokens, which carry a {@code client_id}
   * claim): reading the public API under a rate limit of their own (limits.rate).
   */
  public static final String READ = "matchcast:read";

  private Scopes() {}
}
