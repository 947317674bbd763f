package com.matchcast.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.cli.MatchcastMain;
import com.matchcast.support.BackendProcess;
import com.matchcast.support.GraphQlSocket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.Redisson;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Issue section 4, for real: two backend processes on different ports sharing a fresh MariaDB
 * database and the machine's Redis (under stream and lock names of this run's own), started
 * together. B is whichever leads the prediction refresh; a subscriber on A receives the
 * predictions B records; the collector's turns run once across both; stopping B leaves A
 * serving, and leading; an admin's retrain or sync is refused while another instance runs it.
 */
class TwoInstancesTest {

  private static final Duration START = Duration.ofMinutes(4);
  private static final Duration PUSH = Duration.ofSeconds(30);
  /** The collector's turns: every ten seconds, on both instances' schedulers. */
  private static final int TURN_SECONDS = 10;
  private static final String JOB = "collector-football-data";
  private static final String LEADS = "This instance leads prediction-refresh";
  private static final String FOLLOWS = "Another instance leads prediction-refresh; this one follows";

  @TempDir Path work;
  private final String run = UUID.randomUUID().toString();
  private final String database = "mc_test_" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
  private final List<BackendProcess> processes = new ArrayList<>();

  @AfterEach
  void cleanUp() throws Exception {
    for (BackendProcess process : processes) {
      process.close();
    }
    try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement statement = db.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + database);
    }
    RedissonClient redis = redis();
    redis.getKeys().deleteByPattern("matchcast:test:" + run + ":*");
    redis.shutdown();
  }

  @Test
  void aPredictionMadeOnBReachesASubscriberOnAJobsRunOnceAndAOutlivesB() throws Exception {
    Path mirror = Files.createDirectories(work.resolve("mirror"));
    // twelve seasons to train the first model on (it needs 1,000 played matches), the last one replayed
    new SyntheticFootballData(5).write(mirror, 2007, 2019);
    Path dataDir = Files.createDirectories(work.resolve("data"));
    String token = adminToken(dataDir);

    // started together: one imports and trains while the other waits its turn, then finds it done
    BackendProcess first = start("one", mirror, dataDir);
    BackendProcess second = start("two", mirror, dataDir);
    awaitUpcoming(first);
    awaitUpcoming(second);
    await(() -> first.printed(LEADS) != second.printed(LEADS) && (first.printed(FOLLOWS) || second.printed(FOLLOWS)),
        first, "one leader and one follower\n" + second.tail());
    // b causes, a receives
    BackendProcess b = first.printed(LEADS) ? first : second;
    BackendProcess a = b == first ? second : first;
    assertThat(a.printed(LEADS)).isFalse();
    assertThat(upcomingIds(a)).as("a follows: it sees what is upcoming as b does").isEqualTo(upcomingIds(b));

    try (GraphQlSocket onA = new GraphQlSocket(a.port()).init(null)) {
      assertThat(onA.next(PUSH)).isEqualTo(Map.of("type", "connection_ack", "payload", Map.of()));
      onA.subscribe("1", "subscription { predictionUpdated(leagues: [\"E0\"]) { id reason } }");
      List<String> recomputed = recomputedOn(b, token, onA);

      assertThat(recomputed).as("one push per upcoming match").hasSize(upcomingIds(b).size());
      assertThat(ledgerReasons(recomputed)).as("each is a ledger row recorded by the recompute")
          .containsOnly("recomputed").hasSize(recomputed.size());
      assertThat(published(a, "PredictionMade")).as("a recorded nothing: its pushes came from b").isZero();
      assertThat(published(b, "PredictionMade")).isPositive();
    }

    // each turn is taken by one instance and skipped by the other
    awaitMidTurn();
    double ranBefore = jobRuns(a, "ran") + jobRuns(b, "ran");
    double skippedBefore = jobRuns(a, "skipped") + jobRuns(b, "skipped");
    Thread.sleep(Duration.ofSeconds(2L * TURN_SECONDS).toMillis());
    assertThat(jobRuns(a, "ran") + jobRuns(b, "ran") - ranBefore).as("two turns, run twice in all").isEqualTo(2.0);
    assertThat(jobRuns(a, "skipped") + jobRuns(b, "skipped") - skippedBefore).isEqualTo(2.0);

    b.stop(Duration.ofSeconds(30));
    assertThat(upcomingIds(a)).as("a still serves").hasSize(5);
    try (GraphQlSocket onA = new GraphQlSocket(a.port()).init(null)) {
      assertThat(onA.next(PUSH)).isEqualTo(Map.of("type", "connection_ack", "payload", Map.of()));
      onA.subscribe("1", "subscription { predictionUpdated(leagues: [\"E0\"]) { id reason } }");
      assertThat(recomputedOn(a, token, onA)).as("a leads now").hasSize(5);
      assertThat(published(a, "PredictionMade")).isEqualTo(5.0);
    }

    // an admin's retrain and sync wait for the run another instance holds (here the test holds both locks)
    RedissonClient other = redis();
    try {
      RLock training = other.getLock("matchcast:test:" + run + ":job:" + ClusterJobs.TRAINING);
      RLock sync = other.getLock("matchcast:test:" + run + ":job:" + JOB);
      assertThat(training.tryLock(START.toSeconds(), 60, TimeUnit.SECONDS)).isTrue();
      assertThat(sync.tryLock(START.toSeconds(), 60, TimeUnit.SECONDS)).isTrue();

      Map<String, Object> refused = graphQl(a, token, "mutation { retrain { __typename"
          + " ... on TrainingAlreadyRunning { message } } runSync(source: \"football-data\") { __typename"
          + " ... on SyncAlreadyRunning { message } } }");

      assertThat(refused).isEqualTo(Map.of("data", Map.of(
          "retrain", Map.of("__typename", "TrainingAlreadyRunning", "message", "a training run is still going (here or"
              + " on another instance); try again when it has finished"),
          "runSync", Map.of("__typename", "SyncAlreadyRunning", "message", "a sync of football-data is still going"
              + " (here or on another instance); its results arrive through ingestRunFinished"))));
      sync.unlock();
      training.unlock();
    } finally {
      other.shutdown();
    }
  }

  private BackendProcess start(String name, Path mirror, Path dataDir) throws Exception {
    BackendProcess process = BackendProcess.serve(name, work, Path.of("target", "test-data", "cluster-" + run), List.of(
        "--matchcast.instance-id=" + name,
        "--matchcast.data-dir=" + dataDir,
        "--matchcast.db.url=r2dbc:mysql://127.0.0.1:3306/" + database,
        "--matchcast.redis.url=redis://127.0.0.1:6379",
        "--matchcast.events.stream=matchcast:test:" + run + ":events",
        "--matchcast.jobs.lock-prefix=matchcast:test:" + run + ":job:",
        "--matchcast.jobs.hold-at-least=3s",
        "--matchcast.cache.redis-prefix=matchcast:test:" + run + ":cache",
        // the test polls both instances from one address, faster than an anonymous client may
        "--matchcast.limits.rate.enabled=false",
        "--matchcast.bootstrap.football-data-dir=" + mirror,
        "--matchcast.training.leagues=E0",
        "--matchcast.training.promotion=ALWAYS",
        // a simulated minute a second: nothing upcoming kicks off while the test runs
        "--matchcast.serving.replay-speed=60",
        // the collector under test: a site that refuses at once, so that each turn is short
        "--matchcast.sources.football-data.base-url=http://127.0.0.1:" + closedPort(),
        "--matchcast.sources.football-data.leagues=E0",
        "--matchcast.sources.football-data.max-attempts=1",
        "--matchcast.sources.football-data.incremental-cron=*/" + TURN_SECONDS + " * * * * *",
        "--matchcast.sources.football-data.full-cron=-",
        "--matchcast.sources.open-football.enabled=false"));
    processes.add(process);
    return process;
  }

  /** Asks {@code instance} to forecast every upcoming match again until the pushes reach the socket. */
  @SuppressWarnings("unchecked")
  private List<String> recomputedOn(BackendProcess instance, String token, GraphQlSocket socket) throws Exception {
    long deadline = System.nanoTime() + START.toNanos();
    while (true) {
      // the subscription starts asynchronously: a recompute before it is missed, the next one is not
      graphQl(instance, token, "mutation { recomputePredictions(league: \"E0\") { __typename } }");
      List<String> ids = new ArrayList<>();
      // the first look as leader after a take-over reads the ledger again: allow it time
      for (Map<String, Object> message = socket.next(Duration.ofSeconds(15)); message != null;
          message = socket.next(Duration.ofSeconds(3))) {
        assertThat(message.get("type")).as(message.toString()).isEqualTo("next");
        Map<String, Object> prediction = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
            message.get("payload")).get("data")).get("predictionUpdated");
        if ("recomputed".equals(prediction.get("reason"))) {
          ids.add((String) prediction.get("id"));
        }
      }
      if (!ids.isEmpty()) {
        return ids;
      }
      assertThat(System.nanoTime()).as("recomputed predictions pushed\n" + instance.tail()).isLessThan(deadline);
    }
  }

  private List<String> ledgerReasons(List<String> ids) throws Exception {
    List<String> reasons = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery("SELECT reason FROM prediction WHERE id IN (" + String.join(",", ids)
            + ")")) {
      while (rows.next()) {
        reasons.add(rows.getString("reason"));
      }
    }
    return reasons;
  }

  private void awaitUpcoming(BackendProcess instance) throws InterruptedException {
    await(() -> ready(instance) && upcomingIds(instance).size() == 5, instance, "5 upcoming matches served");
  }

  @SuppressWarnings("unchecked")
  private static RedissonClient redis() {
    Config config = new Config();
    config.useSingleServer().setAddress("redis://127.0.0.1:6379");
    return Redisson.create(config);
  }

  private List<String> upcomingIds(BackendProcess instance) {
    Map<String, Object> answer = graphQl(instance, null, "{ upcoming(leagues: [\"E0\"]) { edges { node { id } } } }");
    List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
        answer.get("data")).get("upcoming")).get("edges");
    return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).sorted().toList();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> graphQl(BackendProcess instance, String token, String document) {
    WebTestClient.RequestBodySpec request = client(instance).post().uri("/graphql");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    Map<String, Object> answer = request.bodyValue(Map.of("query", document)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
    assertThat(answer).as(document).doesNotContainKey("errors");
    return answer;
  }

  private static boolean ready(BackendProcess instance) {
    try {
      return client(instance).get().uri("/actuator/health/readiness").exchange().returnResult(String.class)
          .getStatus().is2xxSuccessful();
    } catch (RuntimeException notListeningYet) {
      return false;
    }
  }

  private static double published(BackendProcess instance, String type) {
    return metric(instance, "matchcast_events_published_total\\{type=\"" + type + "\"\\}");
  }

  private static double jobRuns(BackendProcess instance, String outcome) {
    return metric(instance, "matchcast_job_runs_total\\{job=\"" + JOB + "\",outcome=\"" + outcome + "\"\\}");
  }

  /** A counter's value at /actuator/prometheus; 0 before its first increment (it is not exported yet). */
  private static double metric(BackendProcess instance, String series) {
    String scrape = client(instance).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
        .expectBody(String.class).returnResult().getResponseBody();
    Matcher value = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(scrape);
    return value.find() ? Double.parseDouble(value.group(1)) : 0.0;
  }

  private static WebTestClient client(BackendProcess instance) {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + instance.port())
        .responseTimeout(Duration.ofSeconds(30)).build();
  }

  /** Half-way between two turns: neither scheduler is deciding at this moment. */
  private static void awaitMidTurn() throws InterruptedException {
    LocalTime now = LocalTime.now();
    int into = now.getSecond() % TURN_SECONDS;
    long millis = ((TURN_SECONDS / 2 - into + TURN_SECONDS) % TURN_SECONDS) * 1000L - now.getNano() / 1_000_000;
    Thread.sleep(millis > 0 ? millis : millis + TURN_SECONDS * 1000L);
  }

  private static String adminToken(Path dataDir) {
    StringWriter out = new StringWriter();
    picocli.CommandLine command = MatchcastMain.commandLine();
    command.setOut(new PrintWriter(out));
    assertThat(command.execute("token", "--user", "cluster-admin", "--admin", "--data-dir", dataDir.toString()))
        .isZero();
    return out.toString().trim();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void await(BooleanSupplier condition, BackendProcess instance, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + START.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(instance.isAlive()).as(what + ": the process ended\n" + instance.tail()).isTrue();
      assertThat(System.nanoTime()).as(what + " within " + START + "\n" + instance.tail()).isLessThan(deadline);
      Thread.sleep(500);
    }
  }
}
