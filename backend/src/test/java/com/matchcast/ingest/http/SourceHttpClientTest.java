package com.matchcast.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.ingest.http.SourceFetchException.Kind;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared client against a real local HTTP server: retries, quota, keys, timeouts, proxy. */
class SourceHttpClientTest {

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private SourceSettings settings() {
    SourceSettings settings = new SourceSettings();
    settings.setBaseUrl(server.url("/v3").toString());
    settings.setApiKey("secret-key");
    settings.setMaxAttempts(3);
    settings.setInitialBackoff(Duration.ofMillis(5));
    settings.setMaxBackoff(Duration.ofMillis(20));
    settings.setReadTimeout(Duration.ofMillis(300));
    settings.setRequestsPerMinute(6000);
    return settings;
  }

  private SourceHttpClient client(SourceSettings settings, ApiKeyPlacement placement) {
    return new SourceHttpClients(ProxySettings.none()).create("test-source", settings, placement);
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void serverErrorIsRetriedUntilTheProviderAnswers() throws Exception {
    server.enqueue(json(503, "{\"message\":\"busy\"}"));
    server.enqueue(json(502, ""));
    server.enqueue(json(200, "{\"ok\":true}"));

    SourceResponse response = client(settings(), ApiKeyPlacement.none()).get("/status", Map.of()).block();

    assertThat(new String(response.body())).isEqualTo("{\"ok\":true}");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void tooManyRequestsWaitsForRetryAfterAndRecordsTheRateHeaders() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1")
        .addHeader("X-RateLimit-Limit", "10").addHeader("X-RateLimit-Remaining", "0")
        .body("{\"message\":\"Too many requests\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("x-ratelimit-requests-limit", "100")
        .addHeader("x-ratelimit-requests-remaining", "57").addHeader("X-RateLimit-Remaining", "9").body("{}").build());
    SourceHttpClient client = client(settings(), ApiKeyPlacement.none());

    client.get("/fixtures", Map.of("league", 39)).block();

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(client.quota().remaining()).isEqualTo(57);
    assertThat(client.quota().limit()).isEqualTo(100);
    assertThat(client.quota().minuteRemaining()).isEqualTo(9);
  }

  @Test
  void aRetryAfterBeyondTheConfiguredMaximumFailsAtOnce() {
    SourceSettings settings = settings();
    settings.setMaxRetryAfter(Duration.ofSeconds(5));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").body("slow down").build());

    assertThatThrownBy(() -> client(settings, ApiKeyPlacement.none()).get("/odds", Map.of()).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
          assertThat(e.status()).isEqualTo(429);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void clientErrorIsNotRetried() {
    server.enqueue(json(401, "{\"message\":\"Invalid API key\"}"));

    assertThatThrownBy(() -> client(settings(), ApiKeyPlacement.none()).get("/odds", Map.of()).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.CLIENT_ERROR);
          assertThat(e.getMessage()).contains("HTTP 401", "Invalid API key", "after 1 attempt");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void persistentServerErrorEndsInATypedFailureAfterTheLastAttempt() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(500, "oops"));
    }

    assertThatThrownBy(() -> client(settings(), ApiKeyPlacement.none()).get("/fixtures", Map.of("season", 2024)).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
          assertThat(e.getMessage()).contains("test-source /fixtures?season=2024", "after 3 attempts");
        });
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aServerSlowerThanTheReadTimeoutIsATimeout() {
    SourceSettings settings = settings();
    settings.setMaxAttempts(2);
    for (int i = 0; i < 2; i++) {
      server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
    }

    assertThatThrownBy(() -> client(settings, ApiKeyPlacement.none()).get("/fixtures", Map.of()).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TIMEOUT));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void stopsBeforeTheDailyQuotaReserveWithoutCalling() {
    SourceSettings settings = settings();
    settings.setQuotaReserve(3);
    server.enqueue(new MockResponse.Builder().addHeader("x-ratelimit-requests-limit", "100")
        .addHeader("x-ratelimit-requests-remaining", "3").body("{}").build());
    SourceHttpClient client = client(settings, ApiKeyPlacement.none());
    client.get("/fixtures", Map.of()).block();

    assertThatThrownBy(() -> client.get("/odds", Map.of()).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED);
          assertThat(e.getMessage()).contains("quota exhausted");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void oddsApiQuotaCountsTheCostOfTheLastCall() {
    SourceSettings settings = settings();
    settings.setQuotaReserve(4);
    server.enqueue(new MockResponse.Builder().addHeader("x-requests-remaining", "5").addHeader("x-requests-used", "495")
        .addHeader("x-requests-last", "2").body("[]").build());
    SourceHttpClient client = client(settings, ApiKeyPlacement.query("apiKey"));
    client.get("/sports/soccer_epl/odds", Map.of()).block();

    assertThat(client.quota().used()).isEqualTo(495);
    assertThatThrownBy(() -> client.get("/sports/soccer_epl/odds", Map.of()).block())
        .isInstanceOfSatisfying(SourceFetchException.class, e -> assertThat(e.kind()).isEqualTo(Kind.QUOTA_EXHAUSTED));
  }

  @Test
  void theKeyGoesWhereTheProviderWantsItButNeverIntoTheRecordedRequest() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));

    SourceResponse inHeader = client(settings(), ApiKeyPlacement.header("x-apisports-key")).get("/status", Map.of()).block();
    SourceResponse inQuery = client(settings(), ApiKeyPlacement.query("apiKey")).get("/sports", Map.of("all", true)).block();

    assertThat(server.takeRequest().getHeaders().get("x-apisports-key")).isEqualTo("secret-key");
    assertThat(server.takeRequest().getUrl().queryParameter("apiKey")).isEqualTo("secret-key");
    assertThat(inHeader.request() + inQuery.request()).doesNotContain("secret-key");
  }

  @Test
  void everyRequestGoesThroughTheConfiguredProxy() throws Exception {
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      proxy.enqueue(new MockResponse.Builder().inTunnel().build());
      proxy.enqueue(json(200, "{\"via\":\"proxy\"}"));
      SourceHttpClients clients = new SourceHttpClients(
          new ProxySettings(proxy.getHostName(), proxy.getPort(), "matchcast", "proxy-secret"));

      SourceResponse response = clients.create("test-source", settings(), ApiKeyPlacement.none())
          .get("/status", Map.of()).block();

      RecordedRequest connect = proxy.takeRequest(1, TimeUnit.SECONDS);
      assertThat(connect.getMethod()).isEqualTo("CONNECT");
      assertThat(connect.getTarget()).endsWith(":" + server.getPort());
      assertThat(connect.getHeaders().get("Proxy-Authorization")).startsWith("Basic ");
      assertThat(new String(response.body())).contains("proxy");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void invalidJsonIsAMalformedBody() {
    SourceResponse truncated = new SourceResponse("/fixtures", 200, new org.springframework.http.HttpHeaders(),
        "{\"response\":[{\"fixture\":{\"id\":1".getBytes());

    assertThatThrownBy(() -> JsonBodies.parse("api-football", truncated))
        .isInstanceOfSatisfying(SourceFetchException.class, e -> {
          assertThat(e.kind()).isEqualTo(Kind.MALFORMED_BODY);
          assertThat(e.getMessage()).contains("api-football /fixtures", "invalid JSON");
        });
  }
}
