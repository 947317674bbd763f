package com.matchcast.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.goals.ScoreGrid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The simulator against a league small enough to enumerate exactly: four clubs, three matches left,
 * each with four possible scores (0-0, 0-1, 1-0, 1-1), so 64 ways the season can end (and 625 times
 * as many with a strength shift per club). The exact distribution of final positions is worked out
 * here independently of the simulator (its own ranking: points, goal difference, goals scored, then
 * an even split of the tied places, the rules of a league without its own), and the simulated
 * frequencies must lie within five binomial standard errors, sqrt(p (1 - p) / n), of it: a correct
 * simulator fails such a check about once in 1.7 million per probability.
 */
class SeasonSimulatorTest {

  private static final int SIMULATIONS = 200_000;
  private static final LeagueRules RULES = LeagueRules.of("XX");

  /** A 5 (7, 2 deducted; goal difference +3), B 5 (+1), C 3, D 1. */
  private static SeasonTable tableSoFar() {
    SeasonTable table = new SeasonTable(4);
    table.record(0, 2, 2, 0);
    table.record(0, 3, 1, 0);
    table.record(0, 1, 1, 1);
    table.record(1, 3, 2, 1);
    table.record(2, 3, 1, 0);
    table.record(3, 1, 2, 2);
    table.deduct(0, 2);
    return table;
  }

  private static List<RemainingFixture> fixtures() {
    return List.of(
        new RemainingFixture(1, 0, ScoreGrid.of(new double[][] {{0.20, 0.25}, {0.35, 0.20}})),
        new RemainingFixture(2, 3, ScoreGrid.of(new double[][] {{0.30, 0.10}, {0.40, 0.20}})),
        new RemainingFixture(3, 1, ScoreGrid.of(new double[][] {{0.25, 0.30}, {0.15, 0.30}})));
  }

  @Test
  void positionsAndPointsMatchTheExactDistribution() {
    checkAgainstEnumeration(0.0);
  }

  @Test
  void withStrengthShiftsPositionsAndPointsMatchTheExactDistribution() {
    checkAgainstEnumeration(0.4);
  }

  @Test
  void theSameSeedGivesTheSameOutlookWhateverTheThreads() {
    SeasonOutlook one = SeasonSimulator.simulate(tableSoFar(), fixtures(), RULES,
        new SimulationSettings(10_000, 42, 0.2, 1));
    SeasonOutlook three = SeasonSimulator.simulate(tableSoFar(), fixtures(), RULES,
        new SimulationSettings(10_000, 42, 0.2, 3));
    for (int club = 0; club < 4; club++) {
      assertThat(three.positionProbabilities(club)).containsExactly(one.positionProbabilities(club));
      assertThat(three.expectedPoints(club)).isEqualTo(one.expectedPoints(club));
    }
  }

  @Test
  void aFinishedSeasonIsCertainAndDeductionsCount() {
    SeasonTable table = tableSoFar();
    SeasonOutlook outlook = SeasonSimulator.simulate(table, List.of(), RULES, new SimulationSettings(3, 1, 0, 1));
    // A and B on 5 points, A ahead on goal difference
    assertThat(outlook.expectedPoints(0)).isEqualTo(5.0);
    assertThat(outlook.expectedPoints(1)).isEqualTo(5.0);
    assertThat(outlook.expectedPoints(2)).isEqualTo(3.0);
    assertThat(outlook.expectedPoints(3)).isEqualTo(1.0);
    assertThat(outlook.positionProbabilities(0)).containsExactly(1, 0, 0, 0);
    assertThat(outlook.positionProbabilities(1)).containsExactly(0, 1, 0, 0);
    assertThat(outlook.positionProbabilities(3)).containsExactly(0, 0, 0, 1);
    table.deduct(0, 2);
    SeasonOutlook deducted = SeasonSimulator.simulate(table, List.of(), RULES, new SimulationSettings(3, 1, 0, 1));
    // A now 3, below B's 5, level with C on points but ahead on goal difference (+3 against -1)
    assertThat(deducted.positionProbabilities(1)).containsExactly(1, 0, 0, 0);
    assertThat(deducted.positionProbabilities(0)).containsExactly(0, 1, 0, 0);
    assertThat(deducted.positionProbabilities(2)).containsExactly(0, 0, 1, 0);
  }

  private static void checkAgainstEnumeration(double spread) {
    Exact exact = Exact.of(tableSoFar(), fixtures(), spread);
    SeasonOutlook simulated = SeasonSimulator.simulate(tableSoFar(), fixtures(), RULES,
        new SimulationSettings(SIMULATIONS, 2024, spread, 2));
    for (int club = 0; club < 4; club++) {
      double[] frequencies = simulated.positionProbabilities(club);
      for (int position = 0; position < 4; position++) {
        double p = exact.positions[club][position];
        double standardError = Math.sqrt(p * (1 - p) / SIMULATIONS);
        assertThat(frequencies[position]).as("club %d position %d", club, position + 1)
            .isCloseTo(p, within(5 * standardError + 1e-12));
      }
      double pointsError = Math.sqrt(exact.pointsVariance[club] / SIMULATIONS);
      assertThat(simulated.expectedPoints(club)).as("club %d points", club)
          .isCloseTo(exact.expectedPoints[club], within(5 * pointsError + 1e-12));
    }
  }

  /** The exact outcome distribution, by enumerating every score of every match and every strength shift. */
  private record Exact(double[][] positions, double[] expectedPoints, double[] pointsVariance) {

    static Exact of(SeasonTable start, List<RemainingFixture> fixtures, double spread) {
      int clubs = start.clubs();
      double[][] positions = new double[clubs][clubs];
      double[] points = new double[clubs];
      double[] squares = new double[clubs];
      int levelCombinations = spread > 0 ? (int) Math.pow(5, clubs) : 1;
      double[] binomial = {1 / 16.0, 4 / 16.0, 6 / 16.0, 4 / 16.0, 1 / 16.0};
      for (int combination = 0; combination < levelCombinations; combination++) {
        int[] level = new int[clubs];
        double levelWeight = 1;
        for (int c = 0, rest = combination; c < clubs && spread > 0; c++, rest /= 5) {
          level[c] = rest % 5;
          levelWeight *= binomial[level[c]];
        }
        List<double[][]> grids = new ArrayList<>();
        for (RemainingFixture fixture : fixtures) {
          double shift = spread * (level[fixture.home()] - level[fixture.away()]);
          grids.add(tilted(fixture.grid(), shift));
        }
        int outcomes = 1 << (2 * fixtures.size());
        for (int outcome = 0; outcome < outcomes; outcome++) {
          double[] total = new double[clubs];
          double[] difference = new double[clubs];
          double[] scored = new double[clubs];
          double weight = levelWeight;
          for (int c = 0; c < clubs; c++) {
            total[c] = start.points(c);
            difference[c] = start.goalDifference(c);
            scored[c] = start.goalsFor(c);
          }
          for (int f = 0; f < fixtures.size(); f++) {
            int h = (outcome >> (2 * f)) & 1;
            int a = (outcome >> (2 * f + 1)) & 1;
            weight *= grids.get(f)[h][a];
            int home = fixtures.get(f).home();
            int away = fixtures.get(f).away();
            total[home] += h > a ? 3 : h == a ? 1 : 0;
            total[away] += a > h ? 3 : h == a ? 1 : 0;
            difference[home] += h - a;
            difference[away] += a - h;
            scored[home] += h;
            scored[away] += a;
          }
          addPositions(positions, total, difference, scored, weight);
          for (int c = 0; c < clubs; c++) {
            points[c] += weight * total[c];
            squares[c] += weight * total[c] * total[c];
          }
        }
      }
      double[] variance = new double[clubs];
      for (int c = 0; c < clubs; c++) {
        variance[c] = squares[c] - points[c] * points[c];
      }
      return new Exact(positions, points, variance);
    }

    private static double[][] tilted(ScoreGrid grid, double shift) {
      double[][] p = new double[2][2];
      double total = 0;
      for (int h = 0; h < 2; h++) {
        for (int a = 0; a < 2; a++) {
          p[h][a] = grid.probability(h, a) * Math.exp(shift * (h - a));
          total += p[h][a];
        }
      }
      for (double[] row : p) {
        for (int a = 0; a < 2; a++) {
          row[a] /= total;
        }
      }
      return p;
    }

    /** Points, goal difference, goals scored; clubs level on all three share their places evenly. */
    private static void addPositions(double[][] positions, double[] total, double[] difference, double[] scored,
        double weight) {
      int clubs = total.length;
      Comparator<Integer> order = Comparator.<Integer>comparingDouble(c -> -total[c])
          .thenComparingDouble(c -> -difference[c]).thenComparingDouble(c -> -scored[c]);
      List<Integer> ranked = new ArrayList<>();
      for (int c = 0; c < clubs; c++) {
        ranked.add(c);
      }
      ranked.sort(order);
      int start = 0;
      while (start < clubs) {
        int end = start + 1;
        while (end < clubs && order.compare(ranked.get(start), ranked.get(end)) == 0) {
          end++;
        }
        for (int i = start; i < end; i++) {
          for (int place = start; place < end; place++) {
            positions[ranked.get(i)][place] += weight / (end - start);
          }
        }
        start = end;
      }
    }
  }
}
