package com.matchcast.security;

import com.matchcast.security.dev.DevTokens;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what, under {@code matchcast.security}; documented in README.md (Security).
 *
 * @param devIssuer             the development issuer inside the app (the embedded default)
 * @param issuerUri             an external issuer (Keycloak realm, Auth0 tenant): tokens' {@code iss} must equal it and,
 *                              without a JWK set URI, its discovery document names the keys
 * @param jwkSetUri             where an external issuer publishes its keys
 * @param audience              the {@code aud} every token must carry
 * @param corsOrigins           browser origins other than the app's own that may call the API
 * @param contentSecurityPolicy the policy sent with every response except GraphiQL's page (which gets its own)
 * @param websocket             limits on live subscribers
 */
@ConfigurationProperties("matchcast.security")
public record SecuritySettings(DevIssuer devIssuer, String issuerUri, String jwkSetUri, String audience,
    List<String> corsOrigins, String contentSecurityPolicy, WebSocketLimits websocket) {

  /** Strict by default: the app's own scripts and styles (inline styles for the charts), nothing framed. */
  public static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; object-src 'none';"
      + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  public SecuritySettings {
    devIssuer = devIssuer == null ? new DevIssuer(true, null, null) : devIssuer;
    issuerUri = blankToNull(issuerUri);
    jwkSetUri = blankToNull(jwkSetUri);
    audience = audience == null || audience.isBlank() ? DevTokens.AUDIENCE : audience.trim();
    corsOrigins = corsOrigins == null ? List.of("http://localhost:5173")
        : corsOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList();
    contentSecurityPolicy = contentSecurityPolicy == null || contentSecurityPolicy.isBlank() ? DEFAULT_POLICY
        : contentSecurityPolicy;
    websocket = websocket == null ? new WebSocketLimits(null, null) : websocket;
    if (devIssuer.enabled() && (issuerUri != null || jwkSetUri != null)) {
      throw new IllegalArgumentException("An external issuer is set (MATCHCAST_OAUTH2_ISSUER_URI or"
          + " MATCHCAST_OAUTH2_JWK_SET_URI) while the development issuer is on: start with the prod profile"
          + " or MATCHCAST_DEV_ISSUER=false so that only the external issuer's tokens are accepted.");
    }
    if (!devIssuer.enabled() && issuerUri == null && jwkSetUri == null) {
      throw new IllegalArgumentException("The development issuer is off (prod profile or MATCHCAST_DEV_ISSUER=false):"
          + " set MATCHCAST_OAUTH2_ISSUER_URI or MATCHCAST_OAUTH2_JWK_SET_URI to name the issuer whose tokens count.");
    }
  }

  /**
   * @param enabled       true on the embedded default; the prod profile turns it off
   * @param tokenLifetime how long the tokens it signs are valid
   * @param signIn        LOCAL: only clients on this machine may sign in at /dev/sign-in; ANYONE: any client
   */
  public record DevIssuer(boolean enabled, Duration tokenLifetime, SignIn signIn) {

    public DevIssuer {
      tokenLifetime = tokenLifetime == null ? DevTokens.DEFAULT_LIFETIME : tokenLifetime;
      signIn = signIn == null ? SignIn.LOCAL : signIn;
    }
  }

  /** Who may use the development sign-in: anyone who reaches it may become an admin. */
  public enum SignIn { LOCAL, ANYONE }

  /**
   * @param maxConnectionsPerClient       open WebSocket connections of one user (or, when anonymous, one address)
   * @param maxSubscriptionsPerConnection operations running at once on one connection
   */
  public record WebSocketLimits(Integer maxConnectionsPerClient, Integer maxSubscriptionsPerConnection) {

    public WebSocketLimits {
      maxConnectionsPerClient = maxConnectionsPerClient == null ? 20 : maxConnectionsPerClient;
      maxSubscriptionsPerConnection = maxSubscriptionsPerConnection == null ? 25 : maxSubscriptionsPerConnection;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
