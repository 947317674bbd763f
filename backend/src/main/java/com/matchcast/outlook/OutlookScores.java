package com.matchcast.outlook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brier score and log loss of the backtest's frozen outlooks, by period, source, spread, stage and
 * event. Every club's event counts once per freeze point (so once per stage), however many outlooks
 * the service would have made in between. Log loss clamps probabilities to [1e-4, 1 - 1e-4]: a
 * simulated frequency of 0 means "less than about one in 20,000", not impossible.
 */
public final class OutlookScores {

  static final String[] EVENTS = {"title", "champions-league", "relegation"};
  private static final double CLAMP = 1e-4;
  private static final double[] BIN_EDGES = {0, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.98, 1.0000001};

  private final String lastDevelopmentSeason;
  /** period|source|spread|stage|event -> {n, brier, log loss}. */
  private final Map<String, double[]> totals = new TreeMap<>();
  /** period|source|spread -> per bin {n, predicted, happened}. */
  private final Map<String, double[][]> calibration = new TreeMap<>();

  public OutlookScores(String lastDevelopmentSeason) {
    this.lastDevelopmentSeason = lastDevelopmentSeason;
  }

  public String period(String season) {
    return season.compareTo(lastDevelopmentSeason) <= 0 ? "development" : "reported";
  }

  public void add(OutlookBacktest.ClubForecast forecast) {
    String period = period(forecast.season());
    for (String event : EVENTS) {
      double p = forecast.probabilities().get(event);
      boolean happened = forecast.happened().get(event);
      double clamped = Math.min(1 - CLAMP, Math.max(CLAMP, p));
      double[] sums = totals.computeIfAbsent(key(period, forecast.source(), forecast.spread(), forecast.stage(), event),
          k -> new double[3]);
      sums[0]++;
      sums[1] += (p - (happened ? 1 : 0)) * (p - (happened ? 1 : 0));
      sums[2] -= Math.log(happened ? clamped : 1 - clamped);
      double[][] bins = calibration.computeIfAbsent(period + "|" + forecast.source() + "|" + spread(forecast.spread()),
          k -> new double[BIN_EDGES.length - 1][3]);
      for (int b = 0; b < bins.length; b++) {
        if (p >= BIN_EDGES[b] && p < BIN_EDGES[b + 1]) {
          bins[b][0]++;
          bins[b][1] += p;
          bins[b][2] += happened ? 1 : 0;
        }
      }
    }
  }

  /** Mean {Brier, log loss} over every stage and event of a period, source and spread; null when none. */
  public double[] overall(String period, String source, double spread) {
    double n = 0;
    double brier = 0;
    double logLoss = 0;
    String prefix = period + "|" + source + "|" + spread(spread) + "|";
    for (Map.Entry<String, double[]> entry : totals.entrySet()) {
      if (entry.getKey().startsWith(prefix)) {
        n += entry.getValue()[0];
        brier += entry.getValue()[1];
        logLoss += entry.getValue()[2];
      }
    }
    return n == 0 ? null : new double[] {brier / n, logLoss / n, n};
  }

  /** The spread whose model outlooks had the lowest mean log loss on the development seasons. */
  public double chosenSpread(List<Double> spreads) {
    double best = spreads.get(0);
    double bestLoss = Double.POSITIVE_INFINITY;
    for (double spread : spreads) {
      double[] scores = overall("development", "model", spread);
      if (scores != null && scores[1] < bestLoss) {
        bestLoss = scores[1];
        best = spread;
      }
    }
    return best;
  }

  /** Markdown: the spreads on both periods, then stage by event for the chosen spread, then calibration. */
  public List<String> report(List<Double> spreads, double chosen) {
    List<String> lines = new ArrayList<>();
    lines.add("| period | source | spread | forecasts | Brier | log loss |");
    lines.add("|---|---|---|---|---|---|");
    for (String period : List.of("development", "reported")) {
      for (String source : List.of("model", "elo")) {
        for (double spread : spreads) {
          double[] s = overall(period, source, spread);
          if (s != null) {
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.2f%s | %d | %.4f | %.4f |", period, source, spread,
                spread == chosen ? " (chosen)" : "", (long) s[2], s[0], s[1]));
          }
        }
      }
    }
    lines.add("");
    lines.add("| period | stage | event | n | model Brier | Elo Brier | model log loss | Elo log loss |");
    lines.add("|---|---|---|---|---|---|---|---|");
    for (String period : List.of("development", "reported")) {
      for (int stage = 0; stage < OutlookBacktest.STAGES.length; stage++) {
        for (String event : EVENTS) {
          double[] m = totals.get(key(period, "model", chosen, stage, event));
          double[] e = totals.get(key(period, "elo", chosen, stage, event));
          if (m != null && e != null) {
            lines.add(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.4f | %.4f | %.4f | %.4f |", period,
                OutlookBacktest.STAGE_NAMES[stage], event, (long) m[0], m[1] / m[0], e[1] / e[0], m[2] / m[0],
                e[2] / e[0]));
          }
        }
      }
    }
    lines.add("");
    lines.add("| reported period, model | forecast range | n | mean forecast | observed frequency |");
    lines.add("|---|---|---|---|---|");
    double[][] bins = calibration.get("reported|model|" + spread(chosen));
    for (int b = 0; bins != null && b < bins.length; b++) {
      if (bins[b][0] > 0) {
        lines.add(String.format(Locale.ROOT, "| | %.2f-%.2f | %d | %.4f | %.4f |", BIN_EDGES[b],
            Math.min(1, BIN_EDGES[b + 1]), (long) bins[b][0], bins[b][1] / bins[b][0], bins[b][2] / bins[b][0]));
      }
    }
    return lines;
  }

  private static String key(String period, String source, double spread, int stage, String event) {
    return period + "|" + source + "|" + spread(spread) + "|" + stage + "|" + event;
  }

  private static String spread(double spread) {
    return String.format(Locale.ROOT, "%.3f", spread);
  }
}
