package com.matchcast.market;

/**
 * Ways of removing the bookmaker's margin from decimal prices to obtain implied probabilities
 * that sum to one. They differ in how the margin is spread over the outcomes, which is where
 * the favourite-longshot bias shows up.
 */
public enum DemarginMethod {
  /** Each implied probability 1/price divided by the book sum: the margin is spread in proportion. */
  MULTIPLICATIVE,
  /** The same amount, margin / outcomes, taken off every implied probability (Clarke et al. 2017). */
  ADDITIVE,
  /** Implied probabilities raised to the power k that makes them sum to one (Clarke et al. 2017). */
  POWER,
  /**
   * Shin's model of a bookmaker facing a share z of insiders (Shin 1993), solved for z as in
   * Štrumbelj (2014): long shots carry more of the margin than favourites.
   */
  SHIN
}
