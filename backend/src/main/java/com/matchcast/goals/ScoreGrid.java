package com.matchcast.goals;

/**
 * The exact score grid of one match: P(home goals = h, away goals = a) for h, a in 0..maxGoals.
 * Every goals market (home win / draw / away win, over/under, both teams to score, goal
 * expectations) is summed from this one grid, so the markets always agree with one another.
 *
 * <p>Scores above maxGoals are cut off; the mass they held ({@link #truncatedMass()}) is spread
 * over the grid by normalising it to 1, so the markets of a match sum to exactly 1.
 */
public final class ScoreGrid {

  private final double[][] probabilities;
  private final double truncatedMass;

  private ScoreGrid(double[][] probabilities, double truncatedMass) {
    this.probabilities = probabilities;
    this.truncatedMass = truncatedMass;
  }

  /** A grid from non-negative weights, square, [home goals][away goals], normalised to sum 1. */
  public static ScoreGrid of(double[][] weights) {
    int size = weights.length;
    double total = 0;
    for (double[] row : weights) {
      if (row.length != size) {
        throw new IllegalArgumentException("a score grid is square");
      }
      for (double weight : row) {
        if (!(weight >= 0)) {
          throw new IllegalArgumentException("a score probability is non-negative: " + weight);
        }
        total += weight;
      }
    }
    double[][] normalised = new double[size][size];
    for (int h = 0; h < size; h++) {
      for (int a = 0; a < size; a++) {
        normalised[h][a] = weights[h][a] / total;
      }
    }
    return new ScoreGrid(normalised, 1.0 - total);
  }

  public int maxGoals() {
    return probabilities.length - 1;
  }

  /** The probability mass beyond maxGoals before normalising (negative if the weights summed above 1). */
  public double truncatedMass() {
    return truncatedMass;
  }

  /** P(exactly h-a); 0 outside the grid. */
  public double probability(int homeGoals, int awayGoals) {
    boolean inside = homeGoals >= 0 && awayGoals >= 0 && homeGoals <= maxGoals() && awayGoals <= maxGoals();
    return inside ? probabilities[homeGoals][awayGoals] : 0.0;
  }

  public double homeWin() {
    return sum((h, a) -> h > a);
  }

  public double draw() {
    return sum((h, a) -> h == a);
  }

  public double awayWin() {
    return sum((h, a) -> h < a);
  }

  /** P(total goals > line), e.g. over(2.5). */
  public double over(double line) {
    return sum((h, a) -> h + a > line);
  }

  /** P(total goals < line), e.g. under(2.5); over(x) + under(x) = 1 for a half-goal line. */
  public double under(double line) {
    return sum((h, a) -> h + a < line);
  }

  public double bothTeamsScore() {
    return sum((h, a) -> h > 0 && a > 0);
  }

  public double expectedHomeGoals() {
    double expectation = 0;
    for (int h = 0; h <= maxGoals(); h++) {
      for (int a = 0; a <= maxGoals(); a++) {
        expectation += h * probabilities[h][a];
      }
    }
    return expectation;
  }

  public double expectedAwayGoals() {
    double expectation = 0;
    for (int h = 0; h <= maxGoals(); h++) {
      for (int a = 0; a <= maxGoals(); a++) {
        expectation += a * probabilities[h][a];
      }
    }
    return expectation;
  }

  private double sum(Score score) {
    double mass = 0;
    for (int h = 0; h <= maxGoals(); h++) {
      for (int a = 0; a <= maxGoals(); a++) {
        if (score.matches(h, a)) {
          mass += probabilities[h][a];
        }
      }
    }
    return mass;
  }

  /** Which exact scores a market pays on. */
  @FunctionalInterface
  private interface Score {
    boolean matches(int homeGoals, int awayGoals);
  }
}
