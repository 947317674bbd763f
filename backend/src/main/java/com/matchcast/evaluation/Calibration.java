package com.matchcast.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability tables with ten equal-width bins per outcome, and the class-wise expected
 * calibration error: the mean over the three outcomes of sum_b (n_b / N) |acc_b - conf_b|
 * (Kull et al., "Beyond temperature scaling", NeurIPS 2019, class-wise ECE).
 */
public record Calibration(double expectedCalibrationError, List<ReliabilityTable> tables) {

  public static final int BINS = 10;
  static final String[] OUTCOMES = {"home win", "draw", "away win"};

  public Calibration {
    tables = List.copyOf(tables);
  }

  public static Calibration of(List<double[]> probabilities, int[] outcomes) {
    List<ReliabilityTable> tables = new ArrayList<>();
    double errorSum = 0;
    for (int outcome = 0; outcome < OUTCOMES.length; outcome++) {
      ReliabilityTable table = table(probabilities, outcomes, outcome);
      tables.add(table);
      errorSum += table.calibrationError();
    }
    return new Calibration(errorSum / OUTCOMES.length, tables);
  }

  private static ReliabilityTable table(List<double[]> probabilities, int[] outcomes, int outcome) {
    int[] counts = new int[BINS];
    double[] predicted = new double[BINS];
    double[] happened = new double[BINS];
    for (int m = 0; m < outcomes.length; m++) {
      double p = probabilities.get(m)[outcome];
      int bin = Math.min((int) (p * BINS), BINS - 1);
      counts[bin]++;
      predicted[bin] += p;
      happened[bin] += outcomes[m] == outcome ? 1 : 0;
    }
    List<ReliabilityBin> bins = new ArrayList<>();
    double error = 0;
    for (int b = 0; b < BINS; b++) {
      if (counts[b] > 0) {
        double confidence = predicted[b] / counts[b];
        double frequency = happened[b] / counts[b];
        bins.add(new ReliabilityBin((double) b / BINS, (double) (b + 1) / BINS, counts[b], confidence, frequency));
        error += (double) counts[b] / outcomes.length * Math.abs(frequency - confidence);
      }
    }
    return new ReliabilityTable(OUTCOMES[outcome], bins, error);
  }
}
