package com.matchcast.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.SecuritySettings;
import com.matchcast.support.EmbeddedDatabaseTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The web app at / (a stand-in index.html and asset from the test resources): deep links answer
 * the page, assets are cached for a year, and nothing of the API changes.
 */
@EmbeddedDatabaseTest
class WebAppTest {

  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @LocalServerPort int port;

  @Test
  void theRootAnswersThePageUncachedUnderTheStrictPolicy() {
    HttpHeaders headers = page("/").expectBody(String.class).value(body -> assertThat(body).contains("Matchcast test page"))
        .returnResult().getResponseHeaders();
    assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
    assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecuritySettings.DEFAULT_POLICY);
  }

  @Test
  void aDeepLinkOfTheAppAnswersThePage() {
    page("/matches/123").expectBody(String.class).value(body -> assertThat(body).contains("Matchcast test page"));
    page("/leagues/E0").expectBody(String.class).value(body -> assertThat(body).contains("Matchcast test page"));
    // where the issuer sends the browser back after an OpenID Connect sign-in
    page("/sign-in/callback?code=a.b-c&state=x.y&iss=https%3A%2F%2Fsso.example.com")
        .expectBody(String.class).value(body -> assertThat(body).contains("Matchcast test page"));
  }

  @Test
  void hashedAssetsAreCachedForAYear() {
    http().get().uri("/assets/app-Test1234.js").exchange()
        .expectStatus().isOk()
        .expectHeader().valueEquals("Cache-Control", "max-age=31536000, public, immutable")
        .expectBody(String.class).value(body -> assertThat(body).contains("test asset"));
  }

  @Test
  void aMissingFileStaysNotFound() {
    http().get().uri("/assets/gone-0000.js").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
        .expectStatus().isNotFound();
    http().get().uri("/missing.png").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void aClientNotAskingForHtmlGetsNoPage() {
    http().get().uri("/matches/123").header(HttpHeaders.ACCEPT, "application/json").exchange()
        .expectStatus().isNotFound();
  }

  @Test
  void theApiIsUntouched() {
    http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
        .bodyValue(Map.of("query", "{ leagues { code } }"))
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.data.leagues").isArray();
    http().get().uri("/.well-known/jwks.json").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.keys").isArray();
    http().get().uri("/auth/config").header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.APPLICATION_JSON)
        .expectBody(String.class).isEqualTo("{\"mode\":\"dev\"}");
  }

  private WebTestClient.ResponseSpec page(String path) {
    return http().get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT).exchange()
        .expectStatus().isOk()
        .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
  }
}
