package com.matchcast.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /auth/config}, public: how the web app signs in. {@code {"mode": "dev"}} on the
 * embedded default (its form posts to /dev/sign-in); under an external issuer with a web client
 * id, {@code {"mode": "oidc", "issuer", "clientId", "scope", "audience"}} (and {@code "resource"}
 * when set): the authorization code flow with PKCE at that issuer; {@code {"mode": "none"}}
 * otherwise (an external issuer named by its JWK set only, or no web client registered).
 */
final class WebSignIn {

  static final String PATH = "/auth/config";

  private WebSignIn() {}

  static Map<String, Object> describe(SecuritySettings settings) {
    Map<String, Object> config = new LinkedHashMap<>();
    if (settings.devIssuer().enabled()) {
      config.put("mode", "dev");
    } else if (settings.issuerUri() == null || settings.webClient().clientId() == null) {
      config.put("mode", "none");
    } else {
      config.put("mode", "oidc");
      config.put("issuer", settings.issuerUri());
      config.put("clientId", settings.webClient().clientId());
      config.put("scope", settings.webClient().scope());
      config.put("audience", settings.audience());
      if (settings.webClient().resource() != null) {
        config.put("resource", settings.webClient().resource());
      }
    }
    return Collections.unmodifiableMap(config);
  }

  static RouterFunction<ServerResponse> route(SecuritySettings settings) {
    Map<String, Object> config = describe(settings);
    return RouterFunctions.route()
        .GET(PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(config))
        .build();
  }
}
