package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One issuer at a time: the embedded default's or an external one, never both, never none. */
class SecuritySettingsTest {

  @Test
  void theEmbeddedDefaultRefusesAnExternalIssuer() {
    assertThatThrownBy(() -> settings(true, "https://sso.example.com/realms/matchcast", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("An external issuer is set (MATCHCAST_OAUTH2_ISSUER_URI or");
  }

  @Test
  void withoutTheDevelopmentIssuerAnExternalOneIsNeeded() {
    assertThatThrownBy(() -> settings(false, " ", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The development issuer is off (prod profile or MATCHCAST_DEV_ISSUER=false):");
  }

  @Test
  void defaultsWhenNothingIsSet() {
    SecuritySettings defaults = new SecuritySettings(null, null, null, null, null, null, null, null);

    assertThat(defaults.devIssuer().enabled()).isTrue();
    assertThat(defaults.devIssuer().signIn()).isEqualTo(SecuritySettings.SignIn.LOCAL);
    assertThat(defaults.audience()).isEqualTo("matchcast");
    assertThat(defaults.corsOrigins()).isEqualTo(List.of("http://localhost:5173"));
    assertThat(defaults.websocket().maxConnectionsPerClient()).isEqualTo(20);
    assertThat(defaults.websocket().maxSubscriptionsPerConnection()).isEqualTo(25);
    assertThat(defaults.contentSecurityPolicy()).isEqualTo(SecuritySettings.DEFAULT_POLICY);
    assertThat(defaults.webClient()).isEqualTo(new SecuritySettings.WebClient(null, "openid profile", null));
  }

  @Test
  void aWebClientsBlankSettingsMeanNone() {
    assertThat(new SecuritySettings.WebClient(" ", "  openid   profile  offline_access ", ""))
        .isEqualTo(new SecuritySettings.WebClient(null, "openid profile offline_access", null));
  }

  @Test
  void anExternalIssuersOriginMayBeCalledAndFormSubmittedTo() {
    SecuritySettings prod = settings(false, "https://SSO.example.com:8443/realms/matchcast", null);

    assertThat(prod.contentSecurityPolicy()).isEqualTo("default-src 'self'; script-src 'self';"
        + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:;"
        + " connect-src 'self' ws: wss: https://sso.example.com:8443; object-src 'none'; base-uri 'self';"
        + " form-action 'self' https://sso.example.com:8443; frame-ancestors 'none'");
  }

  @Test
  void withAJwkSetAloneThePolicyStaysAsItIs() {
    assertThat(settings(false, null, "https://sso.example.com/certs").contentSecurityPolicy())
        .isEqualTo(SecuritySettings.DEFAULT_POLICY);
  }

  @Test
  void theIssuersOriginIsAddedOnceAndReplacesNone() {
    assertThat(SecuritySettings.allowingOrigin("default-src 'none';connect-src https://a.test  'self';"
        + " form-action 'none'; img-src *", "https://a.test"))
        .isEqualTo("default-src 'none'; connect-src https://a.test  'self'; form-action https://a.test; img-src *");
    assertThat(SecuritySettings.allowingOrigin("default-src 'self'", "https://a.test")).isEqualTo("default-src 'self'");
  }

  @Test
  void anIssuerUriIsAnAbsoluteHttpUri() {
    assertThat(SecuritySettings.origin("http://localhost:9000/")).isEqualTo("http://localhost:9000");
    assertThat(SecuritySettings.origin("https://tenant.auth0.com/")).isEqualTo("https://tenant.auth0.com");
    assertThatThrownBy(() -> settings(false, "sso.example.com/realms/matchcast", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The issuer URI must be an absolute http(s) URI: sso.example.com/realms/matchcast");
  }

  private static SecuritySettings settings(boolean devIssuer, String issuerUri, String jwkSetUri) {
    return new SecuritySettings(new SecuritySettings.DevIssuer(devIssuer, null, null), issuerUri, jwkSetUri, null,
        null, null, null, null);
  }
}
