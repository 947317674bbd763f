package com.matchcast.cli;

import com.matchcast.loadtest.LoadTest;
import com.matchcast.loadtest.ResultTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The load benchmark's client (ops/bench/run.sh starts the backends it runs against). */
@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    description = {
      "Load a running backend and print a Markdown table of throughput and latency percentiles:",
      "cache (first and warm reads), http (the upcoming page against the floor, /bench/floor, which",
      "needs the backend started with --matchcast.benchmark.floor=true), subscribers (updates",
      "pushed to many WebSocket subscribers, --updates; raise MATCHCAST_WS_MAX_CONNECTIONS_PER_CLIENT and",
      "ulimit -n), retrain (the upcoming page while a retrain runs). ops/bench/run.sh runs them all."
    })
public class LoadTestCommand implements Callable<Integer> {

  @Option(names = "--target", defaultValue = "http://localhost:8080", description = "backend (default: ${DEFAULT-VALUE})")
  String target;

  @Option(names = "--label", defaultValue = "run", description = "the run's name in the table, e.g. H2 (default: ${DEFAULT-VALUE})")
  String label;

  @Option(names = "--phases", split = ",", defaultValue = "cache,http,subscribers,retrain",
      description = "phases in this order (default: ${DEFAULT-VALUE})")
  List<String> phases;

  @Option(names = "--clients", split = ",", defaultValue = "1,50,200", description = "concurrent clients of the http phase (default: ${DEFAULT-VALUE})")
  List<Integer> clients;

  @Option(names = "--warm-up", defaultValue = "PT5S", description = "unrecorded load before each measurement (default: ${DEFAULT-VALUE})")
  Duration warmUp;

  @Option(names = "--duration", defaultValue = "PT20S", description = "each measurement (default: ${DEFAULT-VALUE})")
  Duration duration;

  @Option(names = "--subscribers", defaultValue = "5000", description = "WebSocket subscribers (default: ${DEFAULT-VALUE})")
  int subscribers;

  @Option(names = "--updates", defaultValue = "3",
      description = "prediction updates pushed to the subscribers, one after the other; the first after a start is the cold one (default: ${DEFAULT-VALUE})")
  int updates;

  @Option(names = "--league", defaultValue = "E0", description = "league whose match is subscribed to and recomputed (default: ${DEFAULT-VALUE})")
  String league;

  @Option(names = "--upcoming-leagues", split = ",", description = "leagues of the upcoming page (default: every tracked league)")
  List<String> upcomingLeagues = List.of();

  @Option(names = "--retrain-clients", defaultValue = "50", description = "clients loading the upcoming page during a retrain (default: ${DEFAULT-VALUE})")
  int retrainClients;

  @Option(names = "--retrain-timeout", defaultValue = "PT40M", description = "longest wait for a retrain (default: ${DEFAULT-VALUE})")
  Duration retrainTimeout;

  @Option(names = "--admin-token", defaultValue = "${env:MATCHCAST_BENCH_TOKEN}",
      description = "admin bearer token (token --user bench --admin); default MATCHCAST_BENCH_TOKEN")
  String adminToken;

  @Option(names = "--server-pid", description = "the backend's process id: a full GC before each memory reading, and its RSS")
  Long serverPid;

  @Option(names = "--results", description = "Markdown file the rows are appended to (a header first when it is new)")
  Path results;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    List<LoadTest.Phase> order = phases.stream().map(p -> LoadTest.Phase.valueOf(p.trim().toUpperCase(java.util.Locale.ROOT))).toList();
    if (clients.stream().anyMatch(c -> c < 1) || subscribers < 1 || updates < 1 || retrainClients < 1) {
      throw new IllegalArgumentException("--clients, --subscribers, --updates and --retrain-clients must be at least 1");
    }
    LoadTest.Settings settings = new LoadTest.Settings(target.replaceAll("/+$", ""), order, clients, warmUp, duration,
        subscribers, updates, league, upcomingLeagues, retrainClients, retrainTimeout,
        adminToken == null || adminToken.isBlank() ? null : adminToken.trim(), serverPid);
    // a request that fails counts in the table's errors; a stack trace per connection would bury the table
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("reactor.netty"))
        .setLevel(ch.qos.logback.classic.Level.ERROR);
    new LoadTest(settings, new ResultTable(label, spec.commandLine().getOut(), results)).run();
    return 0;
  }
}
