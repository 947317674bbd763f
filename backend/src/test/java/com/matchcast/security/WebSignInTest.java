package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What GET /auth/config tells the web app under each way of running. */
class WebSignInTest {

  private static final String ISSUER = "https://sso.example.com/realms/matchcast";

  @Test
  void theEmbeddedDefaultSignsInAtItsOwnIssuer() {
    assertThat(WebSignIn.describe(settings(true, null, null, null))).isEqualTo(Map.of("mode", "dev"));
  }

  @Test
  void anExternalIssuerWithAWebClientIsSignedInAtWithPkce() {
    Map<String, Object> config = WebSignIn.describe(settings(false, ISSUER, null,
        new SecuritySettings.WebClient("matchcast-web", null, null)));

    assertThat(config).isEqualTo(Map.of("mode", "oidc", "issuer", ISSUER, "clientId", "matchcast-web",
        "scope", "openid profile", "audience", "matchcast"));
    assertThat(List.copyOf(config.keySet())).containsExactly("mode", "issuer", "clientId", "scope", "audience");
  }

  @Test
  void withoutAWebClientOrAnIssuerUriTheAppCannotSignIn() {
    assertThat(WebSignIn.describe(settings(false, ISSUER, null, null))).isEqualTo(Map.of("mode", "none"));
    assertThat(WebSignIn.describe(settings(false, null, "https://sso.example.com/certs",
        new SecuritySettings.WebClient("matchcast-web", null, null)))).isEqualTo(Map.of("mode", "none"));
  }

  private static SecuritySettings settings(boolean devIssuer, String issuerUri, String jwkSetUri,
      SecuritySettings.WebClient webClient) {
    return new SecuritySettings(new SecuritySettings.DevIssuer(devIssuer, null, null), issuerUri, jwkSetUri, null,
        null, null, null, webClient);
  }
}
