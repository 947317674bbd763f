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
    SecuritySettings defaults = new SecuritySettings(null, null, null, null, null, null, null);

    assertThat(defaults.devIssuer().enabled()).isTrue();
    assertThat(defaults.devIssuer().signIn()).isEqualTo(SecuritySettings.SignIn.LOCAL);
    assertThat(defaults.audience()).isEqualTo("matchcast");
    assertThat(defaults.corsOrigins()).isEqualTo(List.of("http://localhost:5173"));
    assertThat(defaults.websocket().maxConnectionsPerClient()).isEqualTo(20);
    assertThat(defaults.websocket().maxSubscriptionsPerConnection()).isEqualTo(25);
  }

  private static SecuritySettings settings(boolean devIssuer, String issuerUri, String jwkSetUri) {
    return new SecuritySettings(new SecuritySettings.DevIssuer(devIssuer, null, null), issuerUri, jwkSetUri, null,
        null, null, null);
  }
}
