package com.matchcast.cli;

import com.matchcast.outlook.OutlookBenchmark;
import com.matchcast.outlook.RemainingFixture;
import com.matchcast.outlook.SimulationSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How long the season outlook takes: no server, no database. */
@Command(
    name = "outlook-benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Time the season simulator on a full 380-match season of 20 clubs from fixed match probabilities",
      "(seeded Dixon-Coles grids), nothing played yet: once with the forecasts as they are, once carrying",
      "rating uncertainty (a strength shift per club and simulated season). Prints the best and median",
      "of --rounds timed runs after one untimed warm-up run, and the least processor time (all threads) a",
      "run took, which a busy machine does not inflate."
    })
public class OutlookBenchmarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--simulations", defaultValue = "100000", description = "simulated seasons per run (default: ${DEFAULT-VALUE})")
  int simulations;

  @Option(names = "--threads", defaultValue = "2", description = "workers (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--rounds", defaultValue = "5", description = "timed runs of each variant (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--strength-spread", defaultValue = "0.08", description = "the uncertainty variant's spread (default: ${DEFAULT-VALUE})")
  double spread;

  @Option(names = "--seed", defaultValue = "20240801", description = "seed of the clubs and of the draws (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    List<RemainingFixture> season = OutlookBenchmark.fullSeason(seed);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d matches, %d clubs, %d simulations, %d threads, %d cores, best / median of %d runs%n",
        season.size(), OutlookBenchmark.CLUBS, simulations, threads, Runtime.getRuntime().availableProcessors(), rounds);
    for (OutlookBenchmark.Timing timing : List.of(
        OutlookBenchmark.time("fixed probabilities", season, new SimulationSettings(simulations, seed, 0, threads), rounds),
        OutlookBenchmark.time("rating uncertainty", season, new SimulationSettings(simulations, seed, spread, threads),
            rounds))) {
      out.printf(Locale.ROOT, "%-20s spread %.2f: best %.3f s, median %.3f s, least processor time %.3f s"
          + " (favourite's title probability %.4f)%n", timing.name(), timing.strengthSpread(), timing.bestSeconds(),
          timing.medianSeconds(), timing.leastCpuSeconds(), timing.titleFavouriteProbability());
    }
    out.flush();
    return 0;
  }
}
