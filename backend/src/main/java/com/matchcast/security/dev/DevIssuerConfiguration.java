package com.matchcast.security.dev;

import com.matchcast.security.SecuritySettings;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The embedded default's issuer: its key, the decoder that accepts only its tokens, the JWK set
 * at {@value #JWKS_PATH} and the sign-in at {@value DevSignIn#PATH}. None of it exists when the
 * development issuer is off (the prod profile).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(name = "matchcast.security.dev-issuer.enabled", havingValue = "true", matchIfMissing = true)
public class DevIssuerConfiguration {

  public static final String JWKS_PATH = "/.well-known/jwks.json";

  @Bean
  DevSigningKey devSigningKey(@Value("${matchcast.data-dir}") String dataDirectory) {
    return DevSigningKey.inDataDirectory(Path.of(dataDirectory), System.err);
  }

  /** The real clock, never a test's fixed one: the tokens are checked against real time. */
  @Bean
  DevTokens devTokens(DevSigningKey key) {
    return new DevTokens(key, Clock.systemUTC());
  }

  @Bean
  ReactiveJwtDecoder devIssuerJwtDecoder(DevSigningKey key) throws Exception {
    NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(key.publicKey().toRSAPublicKey())
        .signatureAlgorithm(SignatureAlgorithm.RS256).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(DevTokens.ISSUER), new JwtAudienceValidator(DevTokens.AUDIENCE)));
    return decoder;
  }

  @Bean
  RouterFunction<ServerResponse> devIssuerRoutes(DevSigningKey key, DevTokens tokens, SecuritySettings settings) {
    Map<String, Object> jwks = new JWKSet(key.publicKey()).toJSONObject();
    DevSignIn signIn = new DevSignIn(tokens, settings.devIssuer());
    return RouterFunctions.route()
        .GET(JWKS_PATH, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(jwks))
        .POST(DevSignIn.PATH, signIn::handle)
        .build();
  }

}
