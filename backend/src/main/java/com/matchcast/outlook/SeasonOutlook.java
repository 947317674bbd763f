package com.matchcast.outlook;

/**
 * What the simulated seasons say: how often each club finished in each position, and its points
 * on average. Probabilities are frequencies over the simulations.
 */
public final class SeasonOutlook {

  private final int clubs;
  private final int simulations;
  /** Seasons club c finished in position p (0-based), at {@code c * clubs + p}. */
  private final long[] positionCounts;
  private final long[] pointsTotals;

  SeasonOutlook(int clubs, int simulations, long[] positionCounts, long[] pointsTotals) {
    this.clubs = clubs;
    this.simulations = simulations;
    this.positionCounts = positionCounts;
    this.pointsTotals = pointsTotals;
  }

  public int clubs() {
    return clubs;
  }

  public int simulations() {
    return simulations;
  }

  public double expectedPoints(int club) {
    return (double) pointsTotals[club] / simulations;
  }

  /** P(final position = p + 1), first place first. */
  public double[] positionProbabilities(int club) {
    double[] probabilities = new double[clubs];
    for (int position = 0; position < clubs; position++) {
      probabilities[position] = (double) positionCounts[club * clubs + position] / simulations;
    }
    return probabilities;
  }

  /** P(finishing within the band). */
  public double probability(int club, PlaceBand band) {
    return probabilityBetween(club, band.first(clubs), band.last(clubs));
  }

  /** P(first <= final position <= last), positions from 1. */
  public double probabilityBetween(int club, int first, int last) {
    long seasons = 0;
    for (int position = Math.max(1, first); position <= Math.min(clubs, last); position++) {
      seasons += positionCounts[club * clubs + position - 1];
    }
    return (double) seasons / simulations;
  }

  /** Seasons in which the club finished in position p (from 1). */
  public long seasonsIn(int club, int position) {
    return positionCounts[club * clubs + position - 1];
  }
}
