package com.matchcast.rating;

/**
 * How much more an Elo update counts when the match was won by several goals: a 4-0 says more
 * about the gap between two clubs than a 1-0.
 */
public enum GoalMarginMultiplier {

  /** Every result counts the same: classic Elo. */
  NONE {
    @Override
    public double of(int goalDifference) {
      return 1.0;
    }
  },

  /**
   * World Football Elo (eloratings.net): 1 for a draw or a one-goal win, 1.5 for two goals,
   * 1.75 for three, then 1/8 more for each further goal.
   */
  WORLD_FOOTBALL_ELO {
    @Override
    public double of(int goalDifference) {
      int margin = Math.abs(goalDifference);
      if (margin <= 1) {
        return 1.0;
      }
      return margin == 2 ? 1.5 : 1.75 + (margin - 3) / 8.0;
    }
  },

  /** 1 + ln(1 + |goal difference|): grows without a cap, but ever more slowly. */
  LOG_MARGIN {
    @Override
    public double of(int goalDifference) {
      return 1.0 + Math.log1p(Math.abs(goalDifference));
    }
  };

  /** The factor applied to K for a match won by {@code goalDifference} goals (either sign). */
  public abstract double of(int goalDifference);
}
