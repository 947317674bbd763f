package com.matchcast.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Monte Carlo simulation of the rest of a season: every remaining fixture's score is drawn from
 * its exact score grid, the table is ranked by the league's rules, and each club's final position
 * and points are counted.
 *
 * <p><b>Rating uncertainty.</b> The match forecasts are each the model's best guess; a club's true
 * strength for the rest of the season is uncertain, and that uncertainty is shared by all of its
 * matches, which widens the spread of final tables beyond what independent matches give. With a
 * strength spread s, each simulated season draws a shift for each club, s * (B - 2) with B
 * binomial(4, 1/2) (mean 0, standard deviation s, a discrete bell), and plays its remaining
 * matches from grids tilted by the shift difference of the two clubs (see {@link CumulativeGrids}).
 *
 * <p><b>Speed.</b> Primitive arrays only, no allocation per season; simulations are cut into
 * blocks of {@link #BLOCK}, each with its own SplittableRandom seeded from the seed and the block's
 * number, handed to the workers as they come free: the counts, sums of integers, are the same
 * whatever the number of threads.
 */
public final class SeasonSimulator {

  static final int BLOCK = 1024;

  private SeasonSimulator() {}

  public static SeasonOutlook simulate(SeasonTable table, List<RemainingFixture> fixtures, LeagueRules rules,
      SimulationSettings settings) {
    int clubs = table.clubs;
    for (RemainingFixture fixture : fixtures) {
      if (fixture.home() < 0 || fixture.home() >= clubs || fixture.away() < 0 || fixture.away() >= clubs
          || fixture.home() == fixture.away()) {
        throw new IllegalArgumentException("a fixture between two different clubs of the table: " + fixture);
      }
    }
    CumulativeGrids grids = new CumulativeGrids(fixtures, settings.strengthSpread());
    int[] home = fixtures.stream().mapToInt(RemainingFixture::home).toArray();
    int[] away = fixtures.stream().mapToInt(RemainingFixture::away).toArray();
    int blocks = (settings.simulations() + BLOCK - 1) / BLOCK;
    AtomicInteger next = new AtomicInteger();
    int workers = Math.min(settings.threads(), blocks);
    List<Worker> started = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      started.add(new Worker(table, home, away, grids, rules, settings, next, blocks));
    }
    run(started);
    long[] positionCounts = new long[clubs * clubs];
    long[] pointsTotals = new long[clubs];
    for (Worker worker : started) {
      for (int i = 0; i < positionCounts.length; i++) {
        positionCounts[i] += worker.positionCounts[i];
      }
      for (int c = 0; c < clubs; c++) {
        pointsTotals[c] += worker.pointsTotals[c];
      }
    }
    return new SeasonOutlook(clubs, settings.simulations(), positionCounts, pointsTotals);
  }

  private static void run(List<Worker> workers) {
    if (workers.size() == 1) {
      workers.get(0).run();
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers.size(), runnable -> {
      Thread thread = new Thread(runnable, "season-simulation");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = workers.stream().<Future<?>>map(pool::submit).toList();
      for (Future<?> future : running) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("season simulation interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("season simulation failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Takes blocks of simulations until none is left, counting into its own arrays. */
  private static final class Worker implements Runnable {
    private final SeasonTable start;
    private final SeasonTable table;
    private final int[] home;
    private final int[] away;
    private final CumulativeGrids grids;
    private final Ranking ranking;
    private final SimulationSettings settings;
    private final AtomicInteger next;
    private final int blocks;
    private final int[] order;
    private final int[] level;
    final long[] positionCounts;
    final long[] pointsTotals;

    Worker(SeasonTable start, int[] home, int[] away, CumulativeGrids grids, LeagueRules rules,
        SimulationSettings settings, AtomicInteger next, int blocks) {
      this.start = start;
      this.table = start.copy();
      this.home = home;
      this.away = away;
      this.grids = grids;
      this.ranking = new Ranking(rules.criteria(), start.clubs);
      this.settings = settings;
      this.next = next;
      this.blocks = blocks;
      this.order = new int[start.clubs];
      this.level = new int[start.clubs];
      this.positionCounts = new long[start.clubs * start.clubs];
      this.pointsTotals = new long[start.clubs];
    }

    @Override
    public void run() {
      int block;
      while ((block = next.getAndIncrement()) < blocks) {
        SplittableRandom random = new SplittableRandom(mix(settings.seed(), block));
        int seasons = Math.min(BLOCK, settings.simulations() - block * BLOCK);
        for (int s = 0; s < seasons; s++) {
          season(random);
        }
      }
    }

    private void season(SplittableRandom random) {
      int clubs = start.clubs;
      table.copyFrom(start);
      boolean spread = grids.levels > 1;
      if (spread) {
        for (int c = 0; c < clubs; c++) {
          level[c] = Integer.bitCount(random.nextInt() & 0xF);
        }
      }
      for (int f = 0; f < home.length; f++) {
        int h = home[f];
        int a = away[f];
        int cell = grids.draw(grids.slot(f, spread ? level[h] - level[a] + CumulativeGrids.MIDDLE : 0),
            random.nextDouble());
        table.recordSimulated(h, a, grids.homeGoals[cell], grids.awayGoals[cell]);
      }
      ranking.rank(table, random, order);
      for (int position = 0; position < clubs; position++) {
        positionCounts[order[position] * clubs + position]++;
      }
      for (int c = 0; c < clubs; c++) {
        pointsTotals[c] += table.points[c];
      }
    }

    /** A well-spread seed per block (SplitMix64's finaliser). */
    private static long mix(long seed, int block) {
      long z = seed + 0x9E3779B97F4A7C15L * (block + 1L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }
  }
}
