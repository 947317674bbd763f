package com.matchcast.outlook;

import com.matchcast.goals.ScoreGrid;
import java.util.List;

/**
 * Every remaining fixture's score grid as a cumulative distribution, for sampling by inverse CDF:
 * the cells sorted likeliest first, so that a uniform draw is matched after a handful of
 * comparisons. With a strength spread, each grid is kept at each of the {@link #LEVELS} possible
 * strength differences between its clubs, tilted exponentially: P'(h, a) is proportional to
 * P(h, a) exp(d (h - a)), which for Poisson goals is exactly the home goal expectation times e^d
 * and the away one times e^-d.
 */
final class CumulativeGrids {

  /** A club's shift is spread * (B - 2) with B binomial(4, 1/2): the difference of two takes 9 values. */
  static final int LEVELS = 9;
  static final int MIDDLE = 4;
  /** Guide table size: a draw starts its search at the first cell that can hold it (Chen's indexed search). */
  static final int GUIDES = 32;

  final int cells;
  final int levels;
  /** Fixture f at level l: cumulative probabilities at [(f * levels + l) * cells + k]. */
  final double[] cumulative;
  final byte[] homeGoals;
  final byte[] awayGoals;
  /** Fixture f at level l: for each j, the first cell whose cumulative probability exceeds j / GUIDES. */
  final short[] guide;

  CumulativeGrids(List<RemainingFixture> fixtures, double strengthSpread) {
    int maxGoals = 0;
    for (RemainingFixture fixture : fixtures) {
      maxGoals = Math.max(maxGoals, fixture.grid().maxGoals());
    }
    if (maxGoals > 127) {
      throw new IllegalArgumentException("score grids up to 127 goals, got " + maxGoals);
    }
    this.cells = (maxGoals + 1) * (maxGoals + 1);
    this.levels = strengthSpread > 0 ? LEVELS : 1;
    int size = fixtures.size() * levels * cells;
    this.cumulative = new double[size];
    this.homeGoals = new byte[size];
    this.awayGoals = new byte[size];
    this.guide = new short[fixtures.size() * levels * GUIDES];
    double[] mass = new double[cells];
    Integer[] byMass = new Integer[cells];
    for (int f = 0; f < fixtures.size(); f++) {
      ScoreGrid grid = fixtures.get(f).grid();
      for (int level = 0; level < levels; level++) {
        double shift = strengthSpread * (level - (levels == 1 ? 0 : MIDDLE));
        fill(grid, maxGoals, shift, mass, byMass, (f * levels + level) * cells);
      }
    }
  }

  private void fill(ScoreGrid grid, int maxGoals, double shift, double[] mass, Integer[] byMass, int offset) {
    double total = 0;
    for (int h = 0; h <= maxGoals; h++) {
      for (int a = 0; a <= maxGoals; a++) {
        double p = grid.probability(h, a) * Math.exp(shift * (h - a));
        mass[h * (maxGoals + 1) + a] = p;
        total += p;
      }
    }
    for (int k = 0; k < cells; k++) {
      byMass[k] = k;
    }
    java.util.Arrays.sort(byMass, (x, y) -> Double.compare(mass[y], mass[x]));
    double running = 0;
    int lastWithMass = 0;
    for (int k = 0; k < cells; k++) {
      int cell = byMass[k];
      running += mass[cell] / total;
      cumulative[offset + k] = running;
      homeGoals[offset + k] = (byte) (cell / (maxGoals + 1));
      awayGoals[offset + k] = (byte) (cell % (maxGoals + 1));
      if (mass[cell] > 0) {
        lastWithMass = k;
      }
    }
    // rounding must never let a draw below 1 run past the last possible score
    for (int k = lastWithMass; k < cells; k++) {
      cumulative[offset + k] = 1.0;
    }
    int guideOffset = offset / cells * GUIDES;
    int k = 0;
    for (int j = 0; j < GUIDES; j++) {
      while (cumulative[offset + k] <= (double) j / GUIDES) {
        k++;
      }
      guide[guideOffset + j] = (short) k;
    }
  }

  /** Fixture f at a level, for {@link #draw}. */
  int slot(int fixture, int level) {
    return fixture * levels + level;
  }

  /**
   * Inverse CDF: the index of the first cell whose cumulative probability exceeds a uniform draw in
   * [0, 1). The guide entry of the draw's 1/GUIDES slice is a cell no later than that one, so the
   * answer is the plain search's, after one or two comparisons instead of several.
   */
  int draw(int slot, double uniform) {
    int k = slot * cells + guide[slot * GUIDES + (int) (uniform * GUIDES)];
    while (uniform >= cumulative[k]) {
      k++;
    }
    return k;
  }
}
