package com.matchcast.betting;

import com.matchcast.matchdata.Market;

/**
 * An outcome one can back: the three of 1X2 and the two of over/under 2.5 goals. {@code index}
 * is the outcome's place in its market's book (home, draw, away; over, under), the order of
 * every price and probability array of that market.
 */
public enum Selection {
  HOME_WIN(Market.ONE_X_TWO, 0),
  DRAW(Market.ONE_X_TWO, 1),
  AWAY_WIN(Market.ONE_X_TWO, 2),
  OVER_2_5(Market.OVER_UNDER, 0),
  UNDER_2_5(Market.OVER_UNDER, 1);

  private final Market market;
  private final int index;

  Selection(Market market, int index) {
    this.market = market;
    this.index = index;
  }

  public Market market() {
    return market;
  }

  public int index() {
    return index;
  }

  /** Whether the selection won, given the final score. */
  public boolean wins(int homeGoals, int awayGoals) {
    return switch (this) {
      case HOME_WIN -> homeGoals > awayGoals;
      case DRAW -> homeGoals == awayGoals;
      case AWAY_WIN -> homeGoals < awayGoals;
      case OVER_2_5 -> homeGoals + awayGoals > 2;
      case UNDER_2_5 -> homeGoals + awayGoals < 3;
    };
  }
}
