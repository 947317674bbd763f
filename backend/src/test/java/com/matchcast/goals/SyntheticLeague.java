package com.matchcast.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Double round-robin seasons drawn from a known Dixon-Coles model, for recovery tests. */
final class SyntheticLeague {

  final DixonColesFit truth;
  private final List<String> clubs = new ArrayList<>();
  private final Random random;

  SyntheticLeague(int clubCount, long seed, double intercept, double homeAdvantage, double rho) {
    random = new Random(seed);
    Map<String, double[]> strengths = new HashMap<>();
    for (int c = 0; c < clubCount; c++) {
      clubs.add("Club" + c);
      strengths.put("Club" + c, new double[] {0.25 * random.nextGaussian(), 0.25 * random.nextGaussian()});
    }
    truth = DixonColesFit.of(LocalDate.of(2030, 1, 1), strengths, intercept, homeAdvantage, rho);
  }

  /** Every club at home to every other, {@code seasons} times, one day apart from {@code start}. */
  List<GoalObservation> play(int seasons, LocalDate start) {
    List<GoalObservation> matches = new ArrayList<>();
    LocalDate date = start;
    for (int s = 0; s < seasons; s++) {
      for (String home : clubs) {
        for (String away : clubs) {
          if (!home.equals(away)) {
            int[] score = draw(truth.scoreGrid(home, away, 10).orElseThrow());
            matches.add(new GoalObservation(date, home, away, score[0], score[1]));
            date = date.plusDays(1);
          }
        }
      }
    }
    return matches;
  }

  private int[] draw(ScoreGrid grid) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int h = 0; h <= grid.maxGoals(); h++) {
      for (int a = 0; a <= grid.maxGoals(); a++) {
        cumulative += grid.probability(h, a);
        if (u < cumulative) {
          return new int[] {h, a};
        }
      }
    }
    return new int[] {grid.maxGoals(), grid.maxGoals()};
  }
}
