package com.matchcast.outlook;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * matchcast.outlook.*: how season outlooks are simulated and kept.
 *
 * @param enabled        recompute after every result and when a league's first predictions exist
 * @param simulations    simulated seasons per outlook
 * @param strengthSpread each club's strength shift for the rest of the season, standard deviation in log
 *                       goal expectation (0 turns rating uncertainty off); 0.04 was the best of 0, 0.04,
 *                       0.08 and 0.12 on the backtest's development seasons (README, Season outlook)
 * @param threads        simulation workers (the other core stays with the API)
 * @param seed           one seed for every outlook: successive outlooks of a season draw the same random
 *                       numbers, so that what moves between them is what changed, not the noise
 * @param goalModelYears years of results (the league and the division below) the goal model of matches
 *                       beyond the prediction horizon is fitted on
 * @param deductions     points deductions, each counted from the day it was imposed
 */
@ConfigurationProperties("matchcast.outlook")
public record OutlookSettings(Boolean enabled, Integer simulations, Double strengthSpread, Integer threads, Long seed,
    Integer goalModelYears, List<Deduction> deductions) {

  /** Points taken from a club in a league season, from a day on (an appeal that gives points back: negative). */
  public record Deduction(String league, String season, String team, int points, LocalDate from) {}

  public OutlookSettings {
    enabled = enabled == null || enabled;
    simulations = simulations == null ? 20_000 : simulations;
    strengthSpread = strengthSpread == null ? 0.04 : strengthSpread;
    threads = threads == null ? 1 : threads;
    seed = seed == null ? 20240801L : seed;
    goalModelYears = goalModelYears == null ? 3 : goalModelYears;
    deductions = deductions == null ? List.of() : List.copyOf(deductions);
  }

  public SimulationSettings simulation() {
    return new SimulationSettings(simulations, seed, strengthSpread, threads);
  }
}
