package com.matchcast.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The ledger against the closing market, live: the mean RPS of the model and of the closing market
 * over the last N scored matches that the closing market priced (the same matches for both), and
 * the difference. Computed by a query on a schedule (matchcast.observability.ledger-refresh), never
 * per scrape. Means are taken over the stored decimals, exactly, so that they can be recounted.
 */
@Component
// one-shot commands (import, train, ...) have no /actuator/prometheus for these queries to feed
@ConditionalOnWebApplication
public class LedgerMetrics {

  static final String MODEL_RPS = "matchcast.ledger.model.rps";
  static final String CLOSING_RPS = "matchcast.ledger.closing.rps";
  static final String DIFFERENCE = "matchcast.ledger.rps.difference";
  static final String MATCHES = "matchcast.ledger.matches";

  private static final Logger log = LoggerFactory.getLogger(LedgerMetrics.class);

  /** The averages of one refresh; NaN before any match is scored. */
  record Window(int matches, double modelRps, double closingRps) {
    static final Window EMPTY = new Window(0, Double.NaN, Double.NaN);

    double difference() {
      return modelRps - closingRps;
    }
  }

  private final DatabaseClient db;
  private final int size;
  private volatile Window window = Window.EMPTY;

  public LedgerMetrics(DatabaseClient db, MeterRegistry registry, ObservabilityProperties properties) {
    this.db = db;
    this.size = properties.ledgerMatches();
    gauge(registry, MODEL_RPS, "Mean RPS of the model over the last scored matches priced at closing",
        () -> window.modelRps());
    gauge(registry, CLOSING_RPS, "Mean RPS of the closing market over the same matches", () -> window.closingRps());
    gauge(registry, DIFFERENCE, "Model RPS minus closing-market RPS over the same matches (negative: the model is better)",
        () -> window.difference());
    gauge(registry, MATCHES, "Matches in the window (at most matchcast.observability.ledger-matches)",
        () -> window.matches());
  }

  private static void gauge(MeterRegistry registry, String name, String description,
      java.util.function.Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  @EventListener(ApplicationReadyEvent.class)
  @Scheduled(fixedDelayString = "${matchcast.observability.ledger-refresh:1m}",
      initialDelayString = "${matchcast.observability.ledger-refresh:1m}")
  public void refreshInBackground() {
    refresh().subscribe(done -> { }, error -> log.warn("Ledger metrics not refreshed: {}", error.toString()));
  }

  /** Reads the window again; the gauges show it once this completes. */
  public Mono<Window> refresh() {
    return db.sql("SELECT model_rps, closing_rps FROM prediction_score WHERE voided = FALSE AND closing_rps IS NOT NULL"
            + " ORDER BY id DESC LIMIT " + size)
        .map(row -> new BigDecimal[] {row.get("model_rps", BigDecimal.class), row.get("closing_rps", BigDecimal.class)})
        .all().collectList()
        .map(LedgerMetrics::window)
        .doOnNext(computed -> window = computed);
  }

  static Window window(List<BigDecimal[]> rows) {
    if (rows.isEmpty()) {
      return Window.EMPTY;
    }
    BigDecimal model = BigDecimal.ZERO;
    BigDecimal closing = BigDecimal.ZERO;
    for (BigDecimal[] row : rows) {
      model = model.add(row[0]);
      closing = closing.add(row[1]);
    }
    BigDecimal n = BigDecimal.valueOf(rows.size());
    return new Window(rows.size(), model.divide(n, MathContext.DECIMAL64).doubleValue(),
        closing.divide(n, MathContext.DECIMAL64).doubleValue());
  }
}
