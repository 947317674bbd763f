package com.matchcast.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Production: tokens of a standard issuer (Keycloak, Auth0, ...), named by its issuer URI or its
 * JWK set URI; the audience is always checked. The issuer's keys are fetched on the first token,
 * so the backend starts even while the issuer is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(name = "matchcast.security.dev-issuer.enabled", havingValue = "false")
class ExternalIssuerConfiguration {

  @Bean
  ReactiveJwtDecoder externalIssuerJwtDecoder(SecuritySettings settings) {
    // With both set, the JWK set URI saves a discovery request and the issuer is still checked.
    NimbusReactiveJwtDecoder decoder = settings.jwkSetUri() != null
        ? NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build()
        : NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
    List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
    checks.add(accessTokenTypes());
    if (settings.issuerUri() != null) {
      checks.add(new JwtIssuerValidator(settings.issuerUri()));
    }
    checks.add(new JwtAudienceValidator(settings.audience()));
    // the defaults (exp/nbf with 60 s of clock skew) plus these
    decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(checks));
    return decoder;
  }

  /**
   * The header's {@code typ}: none, {@code JWT} (Keycloak), or {@code at+jwt} of RFC 9068's JWT
   * access token profile (oidc-provider, Okta, Auth0's RFC 9068 profile); Spring's default takes
   * {@code JWT} only. Any other type (an ID token's or a logout token's, say) is refused.
   */
  static JwtTypeValidator accessTokenTypes() {
    JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
    types.setAllowEmpty(true);
    return types;
  }
}
