package com.matchcast.security;

import com.matchcast.security.dev.DevTokens;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * @param contentSecurityPolicy the policy sent with every response except GraphiQL's page (which gets its own); with an
 *                              issuer URI, its origin is added to the policy's connect-src and form-action
 *                              ({@link #allowingOrigin}), so that the web app can read its discovery document and
 *                              exchange the code at its token endpoint
 * @param websocket             limits on live subscribers
 * @param webClient             how the web app signs in at the external issuer ({@code GET /auth/config})
 */
@ConfigurationProperties("matchcast.security")
public record SecuritySettings(DevIssuer devIssuer, String issuerUri, String jwkSetUri, String audience,
    List<String> corsOrigins, String contentSecurityPolicy, WebSocketLimits websocket, WebClient webClient) {

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
    webClient = webClient == null ? new WebClient(null, null, null) : webClient;
    if (issuerUri != null) {
      contentSecurityPolicy = allowingOrigin(contentSecurityPolicy, origin(issuerUri));
    }
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

  /**
   * The web app as a public OpenID Connect client of the external issuer: the authorization code
   * flow with PKCE (S256), no client secret. Without a client id the web app offers no sign-in
   * under an external issuer (API clients bring their own tokens).
   *
   * @param clientId the client registered at the issuer for the web app (redirect URI
   *                 {@code https://<the app's host>/sign-in/callback})
   * @param scope    the scopes the web app asks for
   * @param resource when set, sent as the RFC 8707 {@code resource} parameter (issuers that pick the
   *                 access token's audience from it); the {@code audience} parameter is always sent
   */
  public record WebClient(String clientId, String scope, String resource) {

    public static final String DEFAULT_SCOPE = "openid profile";

    public WebClient {
      clientId = blankToNull(clientId);
      scope = scope == null || scope.isBlank() ? DEFAULT_SCOPE : scope.trim().replaceAll("\\s+", " ");
      resource = blankToNull(resource);
    }
  }

  /** {@code scheme://host[:port]} of an absolute http(s) URI. */
  static String origin(String uri) {
    URI parsed = URI.create(uri);
    String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || parsed.getHost() == null) {
      throw new IllegalArgumentException("The issuer URI must be an absolute http(s) URI: " + uri);
    }
    return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT)
        + (parsed.getPort() == -1 ? "" : ":" + parsed.getPort());
  }

  /**
   * The policy with {@code origin} added to its connect-src and form-action directives (each one
   * that is present and does not list it yet; it replaces {@code 'none'}); the other directives are
   * unchanged, and a missing directive is not added (its default-src fallback stays in force).
   */
  static String allowingOrigin(String policy, String origin) {
    List<String> directives = new ArrayList<>();
    for (String directive : policy.split(";")) {
      String trimmed = directive.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      List<String> parts = List.of(trimmed.split("\\s+"));
      String name = parts.get(0).toLowerCase(Locale.ROOT);
      if (!(name.equals("connect-src") || name.equals("form-action")) || parts.contains(origin)) {
        directives.add(trimmed);
      } else if (parts.contains("'none'")) {
        directives.add(parts.get(0) + " " + origin);
      } else {
        directives.add(String.join(" ", parts) + " " + origin);
      }
    }
    return String.join("; ", directives);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
