package com.matchcast.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.events.MatchcastEvent;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.serving.MatchClock;
import com.matchcast.serving.PredictionService;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.HandClock;
import com.matchcast.training.ModelTrainer;
import com.matchcast.training.PromotionRule;
import com.matchcast.training.TrainingRequest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

/**
 * A running server followed from its start to serving: not ready until a model is loaded, then
 * after an import, a promoted model, a replayed weekend of predictions and scores, GraphQL queries
 * and a subscription, every matchcast_* metric is at /actuator/prometheus with the values this test
 * can count itself; and a request's id is on the log lines written while its data is fetched.
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = {"matchcast.test.context=observability", "matchcast.training.leagues=E0",
    "matchcast.observability.ledger-matches=4"})
@Import(ObservabilityTest.HandClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityTest {

  /** The first weekend of the synthetic 2019-20 season (its first Saturday is 3 August), replayed. */
  private static final Instant REPLAY_FROM = Instant.parse("2019-08-01T00:00:00Z");
  private static final List<String> LATENCY_BUCKETS =
      List.of("0.005", "0.01", "0.025", "0.05", "0.1", "0.2", "0.5", "1.0", "2.0", "5.0", "+Inf");

  @TestConfiguration(proxyBeanMethods = false)
  static class HandClockConfiguration {
    @Bean
    HandClock clock() {
      return new HandClock(Instant.now());
    }
  }

  /** An event type of the test's own: exactly as many are published as the test says. */
  record Probe(String league) implements MatchcastEvent {}

  @LocalServerPort int port;
  @Autowired HandClock clock;
  @Autowired FootballDataImporter importer;
  @Autowired ModelTrainer trainer;
  @Autowired ModelRegistry registry;
  @Autowired PredictionService served;
  @Autowired LedgerMetrics ledgerMetrics;
  @Autowired HealthMetrics healthMetrics;
  @Autowired EventBus events;
  /** Events the test's Watch subscriber received. */
  private final java.util.concurrent.atomic.AtomicInteger watched = new java.util.concurrent.atomic.AtomicInteger();
  @Autowired DatabaseClient db;

  private final Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
  private final AtomicLong graphQlPosts = new AtomicLong();
  private Disposable counting;
  private long promoted;

  @BeforeAll
  void countEveryEvent() {
    counting = events.on(MatchcastEvent.class)
        .subscribe(e -> seen.computeIfAbsent(e.getClass().getSimpleName(), type -> new AtomicLong()).incrementAndGet());
  }

  @AfterAll
  void stopCounting() {
    counting.dispose();
  }

  @Test
  @Order(1)
  void beforeAModelServesTheInstanceIsAliveButNotReady() {
    http().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
        .expectBody().jsonPath("$.status").isEqualTo("UP");
    http().get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
        .expectBody().jsonPath("$.status").isEqualTo("OUT_OF_SERVICE")
        .jsonPath("$.components.model.status").isEqualTo("OUT_OF_SERVICE");
    assertThat(scrape().value("matchcast_serving_model_version")).isEqualTo(0.0);
    assertThat(scrape().value("matchcast_training_running")).isEqualTo(0.0);
    healthMetrics.refresh().block();
    PrometheusScrape health = scrape();
    assertThat(health.value("matchcast_health_up", Map.of("component", "r2dbc"))).isEqualTo(1.0);
    assertThat(health.value("matchcast_health_up", Map.of("component", "model"))).isEqualTo(0.0);
    assertThat(health.value("matchcast_health_up", Map.of("component", "eventBus"))).isEqualTo(1.0);
    assertThat(health.all("matchcast_health_up", Map.of("component", "redis"))).as("no Redis configured").isEmpty();
  }

  @Test
  @Order(2)
  void afterAModelIsPromotedAndLoadedTheInstanceIsReady() throws Exception {
    Path mirror = Files.createTempDirectory("matchcast-observability");
    new SyntheticFootballData(7).write(mirror, 2007, 2019);
    importer.importMirror(mirror, Set.of(), Set.of()).blockLast();
    trainer.train(new TrainingRequest(Set.of("E0"), Period.ofYears(3), Period.ZERO, 20240601L, 1, PromotionRule.ALWAYS)
        .before(LocalDate.of(2019, 8, 1), PromotionRule.ALWAYS)).block();
    promoted = registry.promoted().block().id();
    replayTheFirstWeekend();

    http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
        .expectBody().json("""
            {"status": "UP", "components": {"model": {"status": "UP"}, "r2dbc": {"status": "UP"},
             "readinessState": {"status": "UP"}}}""", true);
    assertThat(scrape().value("matchcast_serving_model_version")).isEqualTo((double) promoted);
    healthMetrics.refresh().block();
    assertThat(scrape().value("matchcast_health_up", Map.of("component", "model"))).isEqualTo(1.0);
  }

  /** Five days of the replay, an hour a tick: fixtures are forecast, kick off, finish and are scored. */
  private void replayTheFirstWeekend() {
    HandClock hand = new HandClock(Instant.parse("2026-11-29T10:00:00Z"));
    MatchClock replay = MatchClock.replay(hand, REPLAY_FROM, 3600);
    served.start(replay).block();
    replay.run();
    for (int hour = 0; hour < 24 * 5; hour++) {
      served.tick().block();
      hand.advance(Duration.ofSeconds(1));
    }
    served.stop();
  }

  @Test
  @Order(3)
  void aRequestsIdIsEchoedAndOnTheLogLinesWrittenWhileItsFieldsAreFetched() {
    String query = "query ObservedMatches { matches(filter: {league: \"E0\"}, first: 5) { edges { node { id"
        + " odds { bookmaker } } } } }";
    try (LogCapture logs = new LogCapture("org.springframework.r2dbc.core")) {
      graphQl(query, "obs-request-1").expectStatus().isOk()
          .expectHeader().valueEquals(RequestIds.HEADER, "obs-request-1")
          .expectBody().jsonPath("$.data.matches.edges.length()").isEqualTo(5);

      List<ILoggingEvent> sql = logs.events().stream()
          .filter(e -> e.getFormattedMessage().startsWith("Executing SQL") && e.getFormattedMessage().contains("odds"))
          .toList();
      assertThat(sql).as("the odds field's batch query, run inside its data fetcher").isNotEmpty()
          .allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry(RequestIds.KEY, "obs-request-1"));
    }
  }

  @Test
  @Order(4)
  void aRequestWithoutAUsableIdGetsOneMadeUp() {
    String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    graphQl("{ leagues { code } }", null).expectStatus().isOk().expectHeader().valueMatches(RequestIds.HEADER, uuid);
    graphQl("{ leagues { code } }", "two words\"").expectStatus().isOk()
        .expectHeader().valueMatches(RequestIds.HEADER, uuid);
    graphQl("{ leagues { code } }", "x".repeat(65)).expectStatus().isOk()
        .expectHeader().valueMatches(RequestIds.HEADER, uuid);
  }

  @Test
  @Order(5)
  void anOpenSubscriptionIsCountedUntilItClosesAndItsEventsAreTimed() {
    WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://localhost:" + port + "/graphql",
        new ReactorNettyWebSocketClient()).build();
    Disposable subscription = client.document("subscription Watch { matchUpdated { matchId } }")
        .retrieveSubscription("matchUpdated").toEntity(Map.class).subscribe(update -> watched.incrementAndGet());
    try {
      await(() -> scrape().value("matchcast_graphql_subscriptions") == 1.0);
      // the stream is set up before its subscriber is counted: publish until one event went through it
      await(() -> {
        events.publish(new MatchUpdated(901, "E0", "Home", "Away", MatchStatus.LIVE, null, null, Instant.now()));
        return watched.get() > 0;
      });
      // every event the server ran through the selection reaches the subscriber, still subscribed
      await(() -> scrape().value("matchcast_graphql_subscription_events_seconds_count", Map.of("operation", "Watch"))
          == watched.get());
    } finally {
      subscription.dispose();
    }
    await(() -> scrape().value("matchcast_graphql_subscriptions") == 0.0);
    client.stop().block();
  }

  @Test
  @Order(6)
  void everyMetricIsExportedWithTheValuesCountedHere() {
    for (int i = 0; i < 3; i++) {
      events.publish(new Probe(null));
    }
    graphQl("query ObservedLeagues { leagues { code } }", null).expectStatus().isOk();
    ledgerMetrics.refresh().block();
    clock.advance(Duration.ofSeconds(42));
    long predictions = count("SELECT COUNT(*) AS n FROM prediction");
    long runs = count("SELECT COUNT(*) AS n FROM ingest_run WHERE source = 'football-data' AND status = 'SUCCEEDED'");
    assertThat(predictions).as("the replay forecast the weekend").isPositive();
    assertThat(runs).as("one run per season file").isEqualTo(13);
    await(() -> scrape().all("matchcast_http_server_requests_seconds_count", Map.of("uri", "/graphql", "method", "POST"))
        .stream().mapToDouble(PrometheusScrape.Series::value).sum() == graphQlPosts.get());

    PrometheusScrape metrics = scrape();
    assertThat(metrics.names("matchcast_")).containsExactlyInAnyOrder(
        "matchcast_events_published_total",
        "matchcast_graphql_request_seconds_bucket", "matchcast_graphql_request_seconds_count",
        "matchcast_graphql_request_seconds_sum", "matchcast_graphql_request_seconds_max",
        "matchcast_graphql_subscriptions", "matchcast_health_up",
        "matchcast_graphql_subscription_events_seconds_bucket", "matchcast_graphql_subscription_events_seconds_count",
        "matchcast_graphql_subscription_events_seconds_sum", "matchcast_graphql_subscription_events_seconds_max",
        "matchcast_prediction_refresh_seconds_bucket", "matchcast_prediction_refresh_seconds_count",
        "matchcast_prediction_refresh_seconds_sum", "matchcast_prediction_refresh_seconds_max",
        "matchcast_http_server_requests_seconds_bucket", "matchcast_http_server_requests_seconds_count",
        "matchcast_http_server_requests_seconds_sum", "matchcast_http_server_requests_seconds_max",
        "matchcast_http_server_requests_active_seconds_count", "matchcast_http_server_requests_active_seconds_sum",
        "matchcast_http_server_requests_active_seconds_max",
        "matchcast_ingest_lag_seconds", "matchcast_ingest_runs_total",
        "matchcast_ledger_closing_rps", "matchcast_ledger_matches", "matchcast_ledger_model_rps",
        "matchcast_ledger_rps_difference",
        "matchcast_prediction_latency_seconds_bucket", "matchcast_prediction_latency_seconds_count",
        "matchcast_prediction_latency_seconds_sum", "matchcast_prediction_latency_seconds_max",
        "matchcast_serving_model_version", "matchcast_training_running");

    // events: the test's three probes, and every event of the run as this test's own subscriber saw it
    assertThat(metrics.value("matchcast_events_published_total", Map.of("type", "Probe"))).isEqualTo(3.0);
    assertThat(seen.keySet()).contains("PredictionMade", "MatchUpdated", "IngestRunFinished");
    seen.forEach((type, n) -> assertThat(metrics.value("matchcast_events_published_total", Map.of("type", type)))
        .as(type).isEqualTo((double) n.get()));
    assertThat(metrics.value("matchcast_events_published_total", Map.of("type", "PredictionMade")))
        .isEqualTo((double) predictions);

    // GraphQL: the named query once, with its histogram buckets
    Map<String, String> leaguesQuery = Map.of("operation", "ObservedLeagues", "type", "query", "outcome", "success");
    assertThat(metrics.value("matchcast_graphql_request_seconds_count", leaguesQuery)).isEqualTo(1.0);
    assertThat(metrics.all("matchcast_graphql_request_seconds_bucket", leaguesQuery).stream()
        .map(s -> s.labels().get("le"))).containsExactlyElementsOf(LATENCY_BUCKETS);
    assertThat(metrics.value("matchcast_graphql_request_seconds_count", Map.of("operation", "anonymous")))
        .as("the three unnamed leagues queries").isEqualTo(3.0);
    assertThat(metrics.value("matchcast_graphql_request_seconds_count",
        Map.of("operation", "Watch", "type", "subscription"))).as("set up once, its events timed apart").isEqualTo(1.0);
    assertThat(metrics.value("matchcast_graphql_subscription_events_seconds_count", Map.of("operation", "Watch")))
        .as("each event the subscriber received").isEqualTo((double) watched.get());

    // the prediction refresh: the replayed weekend's looks; those before a model was served were seen, not recorded
    assertThat(metrics.value("matchcast_prediction_refresh_seconds_count", Map.of("stage", "recorded"))).isPositive()
        .isLessThanOrEqualTo(metrics.value("matchcast_prediction_refresh_seconds_count", Map.of("stage", "seen")));

    // HTTP: every GraphQL POST this test made, in buckets
    assertThat(metrics.all("matchcast_http_server_requests_seconds_bucket",
        Map.of("uri", "/graphql", "method", "POST", "status", "200")).stream().map(s -> s.labels().get("le")))
        .containsExactlyElementsOf(LATENCY_BUCKETS);

    // predictions: one timing per recorded forecast with its explanation
    assertThat(metrics.value("matchcast_prediction_latency_seconds_count", Map.of("explained", "true")))
        .isEqualTo((double) predictions);
    assertThat(metrics.value("matchcast_serving_model_version")).isEqualTo((double) promoted);

    // collectors: the import's runs, and the 42 s the application's clock moved since they finished
    assertThat(metrics.value("matchcast_ingest_runs_total", Map.of("source", "football-data", "status", "SUCCEEDED")))
        .isEqualTo((double) runs);
    assertThat(metrics.value("matchcast_ingest_lag_seconds", Map.of("source", "football-data"))).isEqualTo(42.0);

    // the ledger: the last four scored matches priced at closing, recounted from the stored decimals
    List<BigDecimal[]> lastFour = db.sql("SELECT model_rps, closing_rps FROM prediction_score WHERE voided = FALSE"
            + " AND closing_rps IS NOT NULL ORDER BY id DESC LIMIT 4")
        .map(row -> new BigDecimal[] {row.get("model_rps", BigDecimal.class), row.get("closing_rps", BigDecimal.class)})
        .all().collectList().block();
    assertThat(lastFour).as("the weekend's five matches are scored").hasSize(4);
    double model = mean(lastFour, 0);
    double closing = mean(lastFour, 1);
    assertThat(metrics.value("matchcast_ledger_matches")).isEqualTo(4.0);
    assertThat(metrics.value("matchcast_ledger_model_rps")).isEqualTo(model);
    assertThat(metrics.value("matchcast_ledger_closing_rps")).isEqualTo(closing);
    assertThat(metrics.value("matchcast_ledger_rps_difference")).isEqualTo(model - closing);

    // no observation of each security filter (security.SecurityConfiguration): requests are timed whole
    assertThat(metrics.names("spring_security_")).isEmpty();
  }

  @Test
  @Order(7)
  void everyMetricTheAlertRulesAndTheDashboardUseIsExported() throws Exception {
    Path monitoring = Path.of("..", "ops", "monitoring");
    assertThat(OpsMetricNames.expressions(monitoring)).as("alert and panel expressions").hasSizeGreaterThan(10);
    Set<String> used = OpsMetricNames.used(monitoring);
    assertThat(used).as("the rules and dashboard name the application's metrics")
        .contains("matchcast_http_server_requests_seconds_count", "matchcast_health_up",
            "matchcast_ledger_rps_difference", "matchcast_ingest_lag_seconds", "matchcast_serving_model_version");
    Set<String> exported = scrape().names("");
    assertThat(used).allSatisfy(name -> assertThat(exported).as("exported by /actuator/prometheus").contains(name));
  }

  private static double mean(List<BigDecimal[]> rows, int column) {
    BigDecimal sum = rows.stream().map(r -> r[column]).reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL64).doubleValue();
  }

  private long count(String sql) {
    return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  private WebTestClient.ResponseSpec graphQl(String query, String requestId) {
    graphQlPosts.incrementAndGet();
    return http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
        .headers(headers -> {
          if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
          }
        })
        .bodyValue(Map.of("query", query)).exchange();
  }

  private PrometheusScrape scrape() {
    String text = http().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    return new PrometheusScrape(text);
  }

  /** Metrics of work that ends after its answer (a closed subscription, a request's timer) settle within seconds. */
  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not reached within 20 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
