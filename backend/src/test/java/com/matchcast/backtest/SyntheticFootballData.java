package com.matchcast.backtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a small football-data mirror in the real file format: a ten-club league whose clubs
 * have fixed strengths, double round robins from August, Poisson goals, statistics, and
 * pre-match and closing prices derived from the true probabilities with a margin and noise.
 */
public final class SyntheticFootballData {

  static final String HEADER = "Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HTHG,HTAG,HTR,HS,AS,HST,AST,HC,AC,"
      + "B365H,B365D,B365A,PSH,PSD,PSA,MaxH,MaxD,MaxA,AvgH,AvgD,AvgA,Avg>2.5,Avg<2.5,"
      + "B365CH,B365CD,B365CA,PSCH,PSCD,PSCA,AvgCH,AvgCD,AvgCA";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] CLUBS = {"Ashford", "Bexley", "Carlton", "Dunmore", "Elstead", "Fairview",
      "Glenwood", "Hartley", "Ivybridge", "Juniper"};

  private final Random random;
  private final double[] attack = new double[CLUBS.length];
  private final double[] defence = new double[CLUBS.length];

  public SyntheticFootballData(long seed) {
    this.random = new Random(seed);
    for (int i = 0; i < CLUBS.length; i++) {
      attack[i] = 0.35 * random.nextGaussian();
      defence[i] = 0.35 * random.nextGaussian();
    }
  }

  /** Writes {@code <root>/E0/<season>.csv} for each season starting in the given years. */
  public void write(Path root, int firstYear, int lastYear) throws IOException {
    Files.createDirectories(root.resolve("E0"));
    for (int year = firstYear; year <= lastYear; year++) {
      Files.writeString(root.resolve("E0").resolve(year + "-" + (year + 1) + ".csv"), season(year));
    }
  }

  private String season(int year) {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    LocalDate day = LocalDate.of(year, 8, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    for (int[][] round : rounds()) {
      for (int[] pair : round) {
        csv.append(match(day, pair[0], pair[1])).append('\n');
      }
      day = day.plusWeeks(1);
    }
    return csv.toString();
  }

  /** A double round robin by the circle method: every club meets every other home and away. */
  private static List<int[][]> rounds() {
    int n = CLUBS.length;
    List<int[][]> first = new ArrayList<>();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int r = 0; r < n - 1; r++) {
      int[][] round = new int[n / 2][];
      for (int i = 0; i < n / 2; i++) {
        int a = order[i];
        int b = order[n - 1 - i];
        round[i] = r % 2 == 0 ? new int[] {a, b} : new int[] {b, a};
      }
      first.add(round);
      int last = order[n - 1];
      System.arraycopy(order, 1, order, 2, n - 2);
      order[1] = last;
    }
    List<int[][]> all = new ArrayList<>(first);
    for (int[][] round : first) {
      int[][] reversed = new int[round.length][];
      for (int i = 0; i < round.length; i++) {
        reversed[i] = new int[] {round[i][1], round[i][0]};
      }
      all.add(reversed);
    }
    return all;
  }

  private String match(LocalDate day, int home, int away) {
    double lambda = Math.exp(0.25 + 0.2 + attack[home] - defence[away]);
    double mu = Math.exp(0.15 + attack[away] - defence[home]);
    int hg = poisson(lambda);
    int ag = poisson(mu);
    double[] truth = outcomeProbabilities(lambda, mu);
    double over = 1 - underTwoAndAHalf(lambda + mu);
    return String.join(",", "E0", DATE.format(day), "15:00", CLUBS[home], CLUBS[away], "" + hg, "" + ag,
        hg > ag ? "H" : hg == ag ? "D" : "A", "" + Math.min(hg, poisson(lambda / 2)), "" + Math.min(ag, poisson(mu / 2)),
        "D", "" + (hg + 8 + random.nextInt(6)), "" + (ag + 6 + random.nextInt(6)), "" + (hg + 2), "" + (ag + 2),
        "" + (3 + random.nextInt(6)), "" + (2 + random.nextInt(6)),
        prices(truth, 1.06, 0.08), prices(truth, 1.03, 0.05), prices(truth, 1.00, 0.08), prices(truth, 1.055, 0.04),
        price(over, 1.06), price(1 - over, 1.06),
        prices(truth, 1.06, 0.04), prices(truth, 1.025, 0.02), prices(truth, 1.05, 0.02));
  }

  /** Prices for home / draw / away: the truth, blurred by noise, with the margin added. */
  private String prices(double[] truth, double margin, double noise) {
    double[] blurred = new double[3];
    double sum = 0;
    for (int i = 0; i < 3; i++) {
      blurred[i] = truth[i] * Math.exp(noise * random.nextGaussian());
      sum += blurred[i];
    }
    return price(blurred[0] / sum, margin) + "," + price(blurred[1] / sum, margin) + "," + price(blurred[2] / sum, margin);
  }

  private static String price(double probability, double margin) {
    return String.format(Locale.ROOT, "%.2f", Math.max(1.01, 1 / (probability * margin)));
  }

  private static double[] outcomeProbabilities(double lambda, double mu) {
    double[] p = new double[3];
    for (int h = 0; h <= 10; h++) {
      for (int a = 0; a <= 10; a++) {
        double q = poissonMass(lambda, h) * poissonMass(mu, a);
        p[h > a ? 0 : h == a ? 1 : 2] += q;
      }
    }
    double total = p[0] + p[1] + p[2];
    return new double[] {p[0] / total, p[1] / total, p[2] / total};
  }

  private static double underTwoAndAHalf(double goals) {
    return poissonMass(goals, 0) + poissonMass(goals, 1) + poissonMass(goals, 2);
  }

  private static double poissonMass(double rate, int k) {
    double mass = Math.exp(-rate);
    for (int i = 1; i <= k; i++) {
      mass *= rate / i;
    }
    return mass;
  }

  private int poisson(double rate) {
    double limit = Math.exp(-rate);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }
}
