package com.matchcast.outlook;

/**
 * How a season is simulated.
 *
 * @param simulations    simulated seasons
 * @param seed           the same seed and inputs give the same outlook, whatever the number of threads
 * @param strengthSpread standard deviation of each club's strength shift for the rest of the season, in
 *                       log goal expectation (0: the match forecasts as they are); see {@link SeasonSimulator}
 * @param threads        workers
 */
public record SimulationSettings(int simulations, long seed, double strengthSpread, int threads) {

  public SimulationSettings {
    if (simulations < 1) {
      throw new IllegalArgumentException("at least one simulation, got " + simulations);
    }
    if (!(strengthSpread >= 0) || strengthSpread > 1) {
      throw new IllegalArgumentException("strength spread between 0 and 1, got " + strengthSpread);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("at least one thread, got " + threads);
    }
  }
}
