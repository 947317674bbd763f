package com.matchcast.betting;

/**
 * The Kelly criterion for one bet at decimal price {@code o} with win probability {@code p}: the
 * share of the bankroll that maximises its expected logarithm, f* = (p·o − 1) / (o − 1), nothing
 * when the bet does not pay on average. A fraction of it (a quarter by default) is what careful
 * bettors stake, because p is an estimate and full Kelly on an overestimate ruins faster than it
 * grows.
 */
public final class Kelly {

  private Kelly() {}

  /** The full-Kelly share of the bankroll, 0 for a bet without positive expected return. */
  public static double fullStake(double probability, double price) {
    if (!(price > 1) || !(probability > 0)) {
      return 0;
    }
    return Math.max(0, (probability * price - 1) / (price - 1));
  }

  /** {@code fraction} times the full-Kelly share. */
  public static double stake(double probability, double price, double fraction) {
    return fraction * fullStake(probability, price);
  }
}
