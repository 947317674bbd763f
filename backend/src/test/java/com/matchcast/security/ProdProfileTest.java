package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevSigningKey;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The prod profile against a local issuer (its JWK set served by a local HTTP server): its
 * tokens work, the audience and the issuer are checked, and nothing of the development issuer
 * exists: no key, no JWK set, no sign-in, no development token accepted.
 */
@EmbeddedDatabaseTest
@ActiveProfiles("prod")
@TestPropertySource(properties = {"matchcast.data-dir=target/test-data/prod-profile",
    "matchcast.security.web-client.client-id=matchcast-web",
    "matchcast.security.web-client.scope=openid profile offline_access",
    "matchcast.security.web-client.resource=https://api.matchcast.test"})
class ProdProfileTest {

  private static final String ISSUER = "https://issuer.test/realms/matchcast";
  private static final RSAKey ISSUER_KEY = newKey();
  private static final MockWebServer issuer = new MockWebServer();
  // A fixed directory, emptied first: a ${random.uuid} in matchcast.data-dir differs at each look-up.
  private static final Path DATA = emptied(Path.of("target", "test-data", "prod-profile"));
  private static final String RECOMPUTE = "mutation { recomputePredictions(league: \"xx\") { __typename } }";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;

  @DynamicPropertySource
  static void localIssuer(DynamicPropertyRegistry registry) throws Exception {
    issuer.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return jwks();
      }
    });
    issuer.start();
    registry.add("matchcast.security.jwk-set-uri", () -> issuer.url("/realms/matchcast/certs").toString());
    registry.add("matchcast.security.issuer-uri", () -> ISSUER);
  }

  @AfterAll
  static void stopIssuer() {
    issuer.close();
  }

  @Test
  void noPartOfTheDevelopmentIssuerExists() {
    WebTestClient http = http();
    http.post().uri("/dev/sign-in").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user", "ann", "admin", true))
        .exchange().expectStatus().isNotFound();
    http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
    assertThat(context.getBeanNamesForType(DevSigningKey.class)).isEmpty();
    assertThat(context.getBeanNamesForType(DevTokens.class)).isEmpty();
    assertThat(DATA.resolve("matchcast.mv.db")).as("the data directory in use").exists();
    assertThat(DATA.resolve(DevSigningKey.FILE_NAME)).doesNotExist();
  }

  /** The web app signs in at the issuer: the authorization code flow with PKCE, as the public client named here. */
  @Test
  void theWebAppIsToldToSignInAtTheIssuer() {
    http().get().uri("/auth/config").exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.APPLICATION_JSON)
        .expectBody(String.class).isEqualTo("{\"mode\":\"oidc\","
            + "\"issuer\":\"https://issuer.test/realms/matchcast\",\"clientId\":\"matchcast-web\","
            + "\"scope\":\"openid profile offline_access\",\"audience\":\"matchcast\","
            + "\"resource\":\"https://api.matchcast.test\"}");
  }

  /** The page may fetch the issuer's discovery document and token endpoint, and only those besides its own. */
  @Test
  void thePolicyLetsThePageReachTheIssuer() {
    String expected = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
        + " font-src 'self' data:; connect-src 'self' ws: wss: https://issuer.test; object-src 'none';"
        + " base-uri 'self'; form-action 'self' https://issuer.test; frame-ancestors 'none'";
    http().get().uri("/auth/config").exchange()
        .expectHeader().valueEquals("Content-Security-Policy", expected);
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ leagues { code } }"))
        .exchange()
        .expectHeader().valueEquals("Content-Security-Policy", expected);
  }

  /** A public API need not hand out its map: no schema query, no GraphiQL page. */
  @Test
  void introspectionAndGraphiQlAreOff() {
    http().get().uri("/graphiql").exchange().expectStatus().isNotFound();

    Map<?, ?> answer = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "{ __schema { queryType { name } } }"))
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

    assertThat(answer).isEqualTo(Map.of("errors", List.of(Map.of(
        "message", "Introspection has been disabled for this request",
        "locations", List.of(Map.of("line", 1, "column", 3)),
        "extensions", Map.of("classification", "IntrospectionDisabled")))));
  }

  @Test
  void theIssuersAdminTokenRunsAnAdminMutation() {
    EntityExchangeResult<Map> result = exchange(sign(claims().build(), ISSUER_KEY));

    assertThat(result.getStatus().value()).isEqualTo(200);
    assertThat(result.getResponseBody())
        .isEqualTo(Map.of("data", Map.of("recomputePredictions", Map.of("__typename", "UnknownLeague"))));
  }

  /** RFC 9068's JWT access tokens say so in their header (oidc-provider, Okta and Auth0 sign them so). */
  @Test
  void anAccessTokenOfRfc9068sProfileRunsAnAdminMutation() {
    EntityExchangeResult<Map> result = exchange(sign(claims().build(), ISSUER_KEY, new JOSEObjectType("at+jwt")));

    assertThat(result.getStatus().value()).isEqualTo(200);
    assertThat(result.getResponseBody())
        .isEqualTo(Map.of("data", Map.of("recomputePredictions", Map.of("__typename", "UnknownLeague"))));
  }

  /** An ID token or a logout token is no access token, even of the right issuer and audience. */
  @Test
  void aTokenOfAnotherTypeIsRefused() {
    assertRefused(sign(claims().build(), ISSUER_KEY, new JOSEObjectType("logout+jwt")), "the given typ value needs to be one of [JWT, at+jwt, application/at+jwt]");
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertRefused(sign(claims().audience("account").build(), ISSUER_KEY), "The aud claim is not valid");
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    assertRefused(sign(claims().issuer("https://elsewhere.test").build(), ISSUER_KEY), "The iss claim is not valid");
  }

  @Test
  void aDevelopmentIssuersTokenIsRefused() throws Exception {
    Path elsewhere = Files.createTempDirectory(DATA.getParent(), "dev-key-");
    DevSigningKey devKey = DevSigningKey.inDataDirectory(elsewhere, new PrintStream(OutputStream.nullOutputStream()));
    String devToken = new DevTokens(devKey, Clock.systemUTC()).issue("root", true, Duration.ofHours(1)).token();

    assertRefused(devToken, "Failed to validate the token");
  }

  private void assertRefused(String token, String reason) {
    EntityExchangeResult<Map> result = exchange(token);

    assertThat(result.getStatus().value()).isEqualTo(401);
    assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo(
        "Bearer error=\"invalid_token\", error_description=\"" + reason + "\", "
            + "error_uri=\"https://tools.ietf.org/html/rfc6750#section-3.1\"");
    assertThat(result.getResponseBody()).isEqualTo(Map.of("errors", List.of(Map.of(
        "message", "Invalid bearer token: " + reason, "extensions", Map.of("classification", "UNAUTHORIZED")))));
  }

  @SuppressWarnings("rawtypes")
  private EntityExchangeResult<Map> exchange(String token) {
    return http().post().uri("/graphql").headers(headers -> headers.setBearerAuth(token))
        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", RECOMPUTE))
        .exchange().expectBody(Map.class).returnResult();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  /** What a Keycloak realm would issue to an admin client: its issuer, our audience, the admin scope. */
  private static JWTClaimsSet.Builder claims() {
    Instant now = Instant.now();
    return new JWTClaimsSet.Builder().issuer(ISSUER).audience(List.of("matchcast", "account"))
        .subject("2b8d4c1e-7f0a-4c56-9d2e-1a3b5c7d9e0f").claim("scope", "profile email matchcast:admin")
        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) {
    return sign(claims, key, null);
  }

  private static String sign(JWTClaimsSet claims, RSAKey key, JOSEObjectType type) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type).build(),
          claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse jwks() {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(new JWKSet(ISSUER_KEY.toPublicJWK()).toString()).build();
  }

  private static Path emptied(Path directory) {
    try (Stream<Path> paths = Files.exists(directory) ? Files.walk(directory) : Stream.empty()) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }

  private static RSAKey newKey() {
    try {
      return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
