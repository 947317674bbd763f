package com.matchcast.outlook;

import com.matchcast.goals.DixonColesFit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times the simulator on a whole season from fixed match probabilities: 20 clubs whose attack and
 * defence are drawn once from a seeded generator (spread 0.3, the spread of a top division), every
 * one of the 380 matches forecast by its Dixon-Coles grid, nothing played yet. The first run warms
 * the JIT and is not counted.
 */
public final class OutlookBenchmark {

  public static final int CLUBS = 20;

  /**
   * One timed configuration: the best and median wall time of the rounds, and the least processor
   * time a round took (all threads; on a busy machine the wall time measures the machine's load as
   * much as the simulator, the processor time does not), in seconds.
   */
  public record Timing(String name, int simulations, double strengthSpread, double bestSeconds, double medianSeconds,
      double leastCpuSeconds, double titleFavouriteProbability) {}

  private OutlookBenchmark() {}

  public static List<RemainingFixture> fullSeason(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, double[]> strengths = new HashMap<>();
    for (int c = 0; c < CLUBS; c++) {
      strengths.put("club" + c, new double[] {0.3 * random.nextGaussian(), 0.3 * random.nextGaussian()});
    }
    DixonColesFit fit = DixonColesFit.of(LocalDate.of(2024, 8, 1), strengths, 0.15, 0.25, -0.05);
    List<RemainingFixture> fixtures = new ArrayList<>();
    for (int h = 0; h < CLUBS; h++) {
      for (int a = 0; a < CLUBS; a++) {
        if (h != a) {
          fixtures.add(new RemainingFixture(h, a, fit.scoreGrid("club" + h, "club" + a, 10).orElseThrow()));
        }
      }
    }
    return fixtures;
  }

  public static Timing time(String name, List<RemainingFixture> fixtures, SimulationSettings settings, int rounds) {
    SeasonTable empty = new SeasonTable(CLUBS);
    LeagueRules rules = LeagueRules.of("E0");
    SeasonSimulator.simulate(empty, fixtures, rules, settings);
    double[] seconds = new double[rounds];
    double leastCpu = Double.POSITIVE_INFINITY;
    SeasonOutlook outlook = null;
    for (int r = 0; r < rounds; r++) {
      long cpu = processCpuNanos();
      long started = System.nanoTime();
      outlook = SeasonSimulator.simulate(empty, fixtures, rules, settings);
      seconds[r] = (System.nanoTime() - started) / 1e9;
      leastCpu = Math.min(leastCpu, (processCpuNanos() - cpu) / 1e9);
    }
    java.util.Arrays.sort(seconds);
    double favourite = 0;
    for (int c = 0; c < CLUBS; c++) {
      favourite = Math.max(favourite, outlook.probabilityBetween(c, 1, 1));
    }
    return new Timing(name, settings.simulations(), settings.strengthSpread(), seconds[0], seconds[rounds / 2],
        leastCpu, favourite);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
