package com.matchcast.loadtest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * One benchmark run against a running backend, phase by phase, each adding rows to the table.
 * The phases, in the order they run: {@code cache} (the first read of a query after the start,
 * then warm reads: run it first), {@code http} (the upcoming page against the floor at each
 * client count), {@code subscribers} (updates fanned out to thousands of WebSocket
 * subscribers, and the memory each connection costs), {@code retrain} (the upcoming page's
 * latency while a retraining run trains and stores its results).
 */
public final class LoadTest {

  public enum Phase { CACHE, HTTP, SUBSCRIBERS, RETRAIN }

  /** What to run; see the loadtest command's options. */
  public record Settings(String target, List<Phase> phases, List<Integer> clients, Duration warmUp,
      Duration duration, int subscribers, int updates, String league, List<String> upcomingLeagues, int retrainClients,
      Duration retrainTimeout, String adminToken, Long serverPid) {}

  private static final int WARM_READS = 50;
  private static final Duration POLL = Duration.ofSeconds(1);
  /**
   * Time for the forecasts a recompute sets off to be made; and how long the backend must go
   * without forecasting or publishing to count as quiet.
   */
  private static final Duration SETTLE = Duration.ofSeconds(15);
  /** Unrecorded load before the retrain phase's reference, at least. */
  private static final Duration RETRAIN_WARM_UP = Duration.ofSeconds(30);
  /** An idle backend's CPU in one poll: its clock's ticks and the metrics scrapes, a tenth of a core. */
  private static final Duration IDLE_CPU_PER_POLL = POLL.dividedBy(10);

  private final Settings settings;
  private final ResultTable table;
  private final BackendClient backend;
  private final HttpLoad load;
  private final String upcomingQuery;

  public LoadTest(Settings settings, ResultTable table) {
    this.settings = settings;
    this.table = table;
    this.backend = new BackendClient(settings.target());
    this.load = new HttpLoad(settings.target());
    this.upcomingQuery = GraphQlDocuments.upcoming(settings.upcomingLeagues().isEmpty() ? ""
        : "leagues: [" + String.join(", ", settings.upcomingLeagues().stream().map(l -> "\"" + l + "\"").toList()) + "], ");
  }

  public void run() throws InterruptedException {
    try (backend) {
      for (Phase phase : settings.phases()) {
        switch (phase) {
          case CACHE -> cache();
          case HTTP -> http();
          case SUBSCRIBERS -> subscribers();
          case RETRAIN -> retrain();
        }
      }
    }
  }

  /** Cold: the first read of each query since the backend started. Warm: the reads after it. */
  private void cache() {
    cacheRow("leagues", GraphQlDocuments.LEAGUES);
    cacheRow("standings E0 2023-2024", GraphQlDocuments.standings("E0", "2023-2024"));
    cacheRow("upcoming page", upcomingQuery);
  }

  private void cacheRow(String name, String query) {
    long start = System.nanoTime();
    backend.graphQl(query, null);
    double coldMillis = (System.nanoTime() - start) / 1e6;
    Histogram warm = LatencySummary.microsecondHistogram();
    long warmStart = System.nanoTime();
    for (int i = 0; i < WARM_READS; i++) {
      long sent = System.nanoTime();
      backend.graphQlBytes(query, null);
      warm.recordValue((System.nanoTime() - sent) / 1000);
    }
    table.add("read " + name + ": warm (cold in notes)", 1,
        LatencySummary.of(warm, 0, Duration.ofNanos(System.nanoTime() - warmStart)),
        String.format(Locale.ROOT, "cold (first read since start): %.1f ms", coldMillis));
  }

  /** The upcoming page against the floor serving its captured bytes, at each client count. */
  private void http() throws InterruptedException {
    byte[] page = fullPage();
    backend.captureFloor(page);
    byte[] body = BackendClient.body(upcomingQuery);
    for (int clients : settings.clients()) {
      LatencySummary floor = load.measure(HttpLoad.Call.same("floor", FloorEndpoint.PATH, body), clients,
          settings.warmUp(), settings.duration());
      table.add("floor: same JSON from /bench/floor", clients, floor,
          String.format(Locale.ROOT, "%,d bytes", page.length));
      LatencySummary upcoming = load.measure(HttpLoad.Call.same("upcoming", "/graphql", body), clients,
          settings.warmUp(), settings.duration());
      table.add("upcoming page (GraphQL)", clients, upcoming,
          String.format(Locale.ROOT, "%.1f%% of the floor's req/s; every client the same query, as a dashboard's"
              + " visitors send it: answered from the kept answer between changes", upcoming.percentOf(floor)));
      LatencySummary executed = load.measure(HttpLoad.Call.distinct("upcoming-executed", "/graphql", upcomingQuery),
          clients, settings.warmUp(), settings.duration());
      table.add("upcoming page, executed every time", clients, executed,
          String.format(Locale.ROOT, "%.1f%% of the floor's req/s; each request a document of its own (a comment"
              + " numbers it): no kept answer serves it", executed.percentOf(floor)));
    }
  }

  /**
   * A page as the benchmark means it: 50 matches, each with a prediction explained by five factors.
   * Right after a start the first tick may still be forecasting, so this waits for it (2 minutes).
   */
  private byte[] fullPage() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String shortfall;
    do {
      byte[] page = backend.graphQlBytes(upcomingQuery, null);
      JsonNode edges = BackendClient.JSON.readTree(page).path("data").path("upcoming").path("edges");
      long explained = 0;
      for (JsonNode edge : edges) {
        if (edge.path("node").path("prediction").path("explanation").size() == 5) {
          explained++;
        }
      }
      if (edges.size() == 50 && explained == 50) {
        return page;
      }
      shortfall = edges.size() + " matches, " + explained + " with a prediction explained by five factors";
      Thread.sleep(POLL.toMillis());
    } while (System.nanoTime() < until);
    throw new IllegalStateException("the upcoming page is not a full one after 2 minutes: " + shortfall
        + " (replay from a busier week: MATCHCAST_REPLAY_FROM)");
  }

  /**
   * Prediction updates pushed to every subscriber of their match, one after the other; the memory
   * of the connections. The first update after a start runs code the server has not run before
   * (the push path's first thousands of calls are interpreted, not yet compiled); a server that
   * has served a while is in the state of the later ones. Each gets its rows.
   */
  private void subscribers() throws InterruptedException {
    String matchId = backend.graphQl(GraphQlDocuments.firstUpcomingMatch(settings.league()), null)
        .path("upcoming").path("edges").path(0).path("node").path("id").asString();
    if (matchId.isEmpty() || settings.adminToken() == null) {
      table.note("subscribers", settings.subscribers(), matchId.isEmpty()
          ? "not run: no upcoming match in " + settings.league() : "not run: needs --admin-token to trigger an update");
      return;
    }
    int n = settings.subscribers();
    int updates = settings.updates();
    ServerMemory memory = new ServerMemory(backend, settings.serverPid());
    double openBefore = backend.metric("matchcast_graphql_subscriptions", "");
    ServerMemory.Reading before = memory.read();
    URI socket = URI.create(settings.target().replaceFirst("^http", "ws") + "/graphql");
    try (SubscriberFanOut fanOut = new SubscriberFanOut(n, updates)) {
      fanOut.open(socket, n, GraphQlDocuments.predictionUpdated(matchId), Duration.ofMinutes(5));
      awaitMetric("matchcast_graphql_subscriptions", openBefore + n - fanOut.failed(), Duration.ofMinutes(2));
      ServerMemory.Reading after = memory.read();
      for (int u = 0; u < updates; u++) {
        if (u > 0) {
          // the recompute's other work (the league's other forecasts, picks, outlook) ends before the next
          Thread.sleep(SETTLE.toMillis());
        }
        update(fanOut, u, updates, n);
      }
      table.note("memory per WebSocket subscriber", n, String.format(Locale.ROOT,
          "heap %+.1f KB%s, RSS %s per connection (heap %.0f -> %.0f MB)",
          (after.heapBytes() - before.heapBytes()) / n / 1024, after.collected() ? " after full GC" : " (no GC: give --server-pid)",
          before.residentBytes() < 0 ? "n/a" : String.format(Locale.ROOT, "%+.1f KB",
              (after.residentBytes() - before.residentBytes()) / (double) n / 1024),
          before.heapBytes() / 1048576, after.heapBytes() / 1048576));
    }
  }

  /** Update {@code u} (0-based): triggered by a recompute of the league, timed from the trigger and from its first receipt. */
  private void update(SubscriberFanOut fanOut, int u, int updates, int n) throws InterruptedException {
    String which = String.format(Locale.ROOT, "%,d subscribers, update %d of %d%s", n, u + 1, updates,
        u == 0 ? " (first since the start)" : "");
    fanOut.expect(u);
    long trigger = System.nanoTime();
    JsonNode recomputed = backend.graphQl(GraphQlDocuments.recomputePredictions(settings.league()),
        settings.adminToken()).path("recomputePredictions");
    if (!"PredictionsRecomputed".equals(recomputed.path("__typename").asString())) {
      throw new IllegalStateException("recomputePredictions answered " + recomputed);
    }
    fanOut.awaitDelivery(u, Duration.ofSeconds(60));
    Histogram fromTrigger = fanOut.deliveredSince(u, trigger);
    long undelivered = n - fromTrigger.getTotalCount();
    table.add(which + ": from the trigger", n,
        LatencySummary.of(fromTrigger, undelivered, Duration.ofNanos(fromTrigger.getMaxValue() * 1000)),
        "recomputePredictions sent to receipt: the recompute (at once, not at the next tick), the forecast and ledger"
            + " write, the push");
    long first = fanOut.firstDelivery(u);
    Histogram fromFirst = fanOut.deliveredSince(u, first);
    table.add(which + ": from its first receipt", n,
        LatencySummary.of(fromFirst, undelivered, Duration.ofNanos(fromFirst.getMaxValue() * 1000)),
        String.format(Locale.ROOT, "the fan-out alone; first receipt %.0f ms after the trigger; %d failed subscribers",
            first == 0 ? 0 : (first - trigger) / 1e6, fanOut.failed()));
  }

  /** The upcoming page without, then during, a retraining run (until it has stored its results). */
  private void retrain() throws InterruptedException {
    if (settings.adminToken() == null) {
      table.note("upcoming page during a retrain", settings.retrainClients(), "not run: needs --admin-token");
      return;
    }
    HttpLoad.Call upcoming = HttpLoad.Call.same("upcoming", "/graphql", BackendClient.body(upcomingQuery));
    HttpLoad.Call executed = HttpLoad.Call.distinct("upcoming-executed", "/graphql", upcomingQuery);
    int clients = settings.retrainClients();
    // a first start may still be training its full model, whose promotion forecasts every match again:
    // the reference must not run through that
    awaitMetric("matchcast_training_running", 0, settings.retrainTimeout());
    awaitQuiet(settings.retrainTimeout());
    // unrecorded first, and longer than before the other measurements: run alone (--only mariadb), this
    // phase is the first load of a fresh JVM, and the JIT compiles the page's paths for half a minute
    // (seen on MariaDB: 507 and 585 req/s with 5 s of warm-up, 976 req/s with 30 s, 1,342 during a retrain)
    Duration warmUp = settings.warmUp().compareTo(RETRAIN_WARM_UP) > 0 ? settings.warmUp() : RETRAIN_WARM_UP;
    both(upcoming, clients, executed, deadline(warmUp));
    // the dashboard's visitors and, beside them, one client whose every page is executed
    LatencySummary[] reference = both(upcoming, clients, executed, deadline(settings.duration()));
    table.add("upcoming page, no retrain running", clients, reference[0], "the reference for the next rows");
    table.add("upcoming page executed every time (1 client beside them), no retrain", 1, reference[1],
        "the reference for the last row");
    AtomicBoolean training = new AtomicBoolean(true);
    AtomicReference<LatencySummary[]> during = new AtomicReference<>();
    Thread loading = new Thread(() -> during.set(both(upcoming, clients, executed, training::get)), "retrain-load");
    loading.start();
    long start = System.nanoTime();
    try {
      JsonNode started = backend.graphQl(GraphQlDocuments.RETRAIN, settings.adminToken()).path("retrain");
      if (!"TrainingStarted".equals(started.path("__typename").asString())) {
        throw new IllegalStateException("retrain answered " + started);
      }
      awaitMetric("matchcast_training_running", 0, settings.retrainTimeout());
    } finally {
      training.set(false);
      loading.join();
    }
    table.add("upcoming page during a retrain", clients, during.get()[0], String.format(Locale.ROOT,
        "retrain (training and storing its results) took %.0f s", (System.nanoTime() - start) / 1e9));
    table.add("upcoming page executed every time (1 client beside them), during the retrain", 1, during.get()[1],
        "the execution path itself while training shares the cores");
  }

  /** Two loads side by side for as long as the condition holds: {@code clients} of one call, 1 of the other. */
  private LatencySummary[] both(HttpLoad.Call many, int clients, HttpLoad.Call single, BooleanSupplier going) {
    AtomicReference<LatencySummary> second = new AtomicReference<>();
    Thread beside = new Thread(() -> second.set(load.measureWhile(single, 1, going)), "load-beside");
    beside.start();
    LatencySummary first = load.measureWhile(many, clients, going);
    try {
      beside.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return new LatencySummary[] {first, second.get()};
  }

  private static BooleanSupplier deadline(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    return () -> System.nanoTime() < end;
  }

  /**
   * Waits until the backend has gone {@link #SETTLE} without making a forecast or publishing an
   * event and, when its process is known, uses little CPU. After a first start the new model's
   * forecasts of every upcoming match, and the season outlooks those set off, go on for minutes
   * after training ends; after any start each league's outlook is made again, which publishes
   * nothing until it is stored. A reference measured through that is no reference (seen: 294 and
   * 385 req/s without a retrain against 1,083 and 1,342 during one).
   */
  private void awaitQuiet(Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    double last = activity();
    Duration lastCpu = serverCpu();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < SETTLE.toNanos()) {
      if (System.nanoTime() > until) {
        throw new IllegalStateException("the backend is still busy after " + timeout);
      }
      Thread.sleep(POLL.toMillis());
      double now = activity();
      Duration cpu = serverCpu();
      if (now != last || cpu.minus(lastCpu).compareTo(IDLE_CPU_PER_POLL) > 0) {
        quietSince = System.nanoTime();
      }
      last = now;
      lastCpu = cpu;
    }
  }

  /** The backend's CPU time so far; zero when its process is not given (or not on this machine). */
  private Duration serverCpu() {
    if (settings.serverPid() == null) {
      return Duration.ZERO;
    }
    return ProcessHandle.of(settings.serverPid()).flatMap(process -> process.info().totalCpuDuration())
        .orElse(Duration.ZERO);
  }

  /** Forecasts made and events published since the start. */
  private double activity() {
    return counter("matchcast_prediction_latency_seconds_count") + counter("matchcast_events_published_total");
  }

  /** A counter's sum over its labels; 0 while it has no series yet (nothing counted). */
  private double counter(String name) {
    try {
      return backend.metric(name, "");
    } catch (IllegalStateException none) {
      return 0;
    }
  }

  /** Polls a gauge until it reaches the value (from either side: the value is where it settles). */
  private void awaitMetric(String name, double value, Duration timeout) throws InterruptedException {
    long until = System.nanoTime() + timeout.toNanos();
    double seen = backend.metric(name, "");
    while (seen != value && System.nanoTime() < until) {
      Thread.sleep(POLL.toMillis());
      seen = backend.metric(name, "");
    }
    if (seen != value) {
      throw new IllegalStateException(name + " is " + seen + " after " + timeout + ", not " + value);
    }
  }
}
