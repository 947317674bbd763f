package com.matchcast.goals;

/**
 * What an anchored exact-score grid is made from: the home and away goal expectations the fit
 * chose, the low-score correction and the largest score per side. Kept with each prediction, so
 * that the grid a forecast was made with can be drawn again, cell for cell, whatever later data
 * or later code constants say ({@link #grid()} depends on these four numbers only).
 *
 * @param homeRate  the home side's Poisson goal expectation before the low-score correction
 * @param awayRate  the away side's
 * @param rho       the Dixon-Coles low-score correction
 * @param maxGoals  the grid covers 0..maxGoals goals a side; the mass beyond is spread over it by normalising
 */
public record ScoreGridParameters(double homeRate, double awayRate, double rho, int maxGoals) {

  public ScoreGridParameters {
    if (!(homeRate > 0) || !(awayRate > 0) || !Double.isFinite(homeRate) || !Double.isFinite(awayRate)
        || !Double.isFinite(rho) || maxGoals < 1) {
      throw new IllegalArgumentException("not a score grid: rates " + homeRate + ", " + awayRate + ", rho " + rho
          + ", max goals " + maxGoals);
    }
  }

  /** The grid these parameters make. */
  public ScoreGrid grid() {
    return AnchoredScoreGrid.grid(homeRate, awayRate, rho, maxGoals);
  }
}
