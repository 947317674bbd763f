package com.matchcast.betting;

/** The model's probabilities of every selection of a match: 1X2 and over 2.5 goals (under is the rest). */
public record ModelProbabilities(double homeWin, double draw, double awayWin, double over25) {

  /** NaN for over/under when the forecast has no goals market. */
  public double of(Selection selection) {
    return switch (selection) {
      case HOME_WIN -> homeWin;
      case DRAW -> draw;
      case AWAY_WIN -> awayWin;
      case OVER_2_5 -> over25;
      case UNDER_2_5 -> 1 - over25;
    };
  }
}
