package com.matchcast.betting;

/**
 * How much a strategy stakes on a pick. Flat stakes make strategies comparable bet by bet;
 * Kelly stakes follow the bankroll and the size of the edge, as a bettor trusting the model would.
 */
public enum Staking {
  /** One unit, a hundredth of the starting bankroll, on every pick. */
  FLAT,
  /** A fraction of the Kelly share of the bankroll as it stands before the pick's match day. */
  KELLY
}
