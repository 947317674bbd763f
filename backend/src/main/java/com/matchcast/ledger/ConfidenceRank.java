package com.matchcast.ledger;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where a forecast's confidence stands among the forecasts the ledger has scored, and how those of
 * its fifth fared. Confidence (sharpness times the members' agreement) is small in absolute terms
 * (most real forecasts have a few hundredths), so the raw number says little; its rank among
 * scored forecasts, and the hit rate of the scored forecasts ranked near it, say what it is worth.
 *
 * <p>The reference forecasts are ordered by confidence and cut into five fifths of (nearly) equal
 * size: fifth k (0 based) holds ranks floor(k n / 5) up to floor((k + 1) n / 5) - 1. A forecast
 * belongs to the highest fifth whose least confident member is at or below its own confidence
 * (the first fifth when none is).
 *
 * @param forecasts  scored forecasts compared with
 * @param below      share of them whose confidence is strictly lower; null when none is scored
 * @param fifth      1 (least confident fifth) to 5 (most confident); null when fewer than 5 are scored
 * @param lower      the lowest confidence in that fifth; null without a fifth
 * @param upper      the highest confidence in that fifth; null without a fifth
 * @param matches    scored forecasts in that fifth (0 without one)
 * @param accuracy   share of them whose favoured outcome happened; null without a fifth
 * @param meanRps    their mean ranked probability score; null without a fifth
 */
public record ConfidenceRank(int forecasts, Double below, Integer fifth, Double lower, Double upper, int matches,
    Double accuracy, Double meanRps) {

  /** Fewest scored forecasts for fifths: one in each. */
  static final int FIFTHS = 5;

  /** One scored forecast: its confidence, whether its favoured outcome happened, its RPS. */
  public record Scored(double confidence, boolean hit, double rps) {}

  public static ConfidenceRank of(double confidence, List<Scored> reference) {
    int n = reference.size();
    if (n == 0) {
      return new ConfidenceRank(0, null, null, null, null, 0, null, null);
    }
    Scored[] sorted = reference.toArray(Scored[]::new);
    Arrays.sort(sorted, Comparator.comparingDouble(Scored::confidence));
    int below = 0;
    while (below < n && sorted[below].confidence() < confidence) {
      below++;
    }
    if (n < FIFTHS) {
      return new ConfidenceRank(n, (double) below / n, null, null, null, 0, null, null);
    }
    int fifth = 0;
    for (int k = 1; k < FIFTHS; k++) {
      if (sorted[start(k, n)].confidence() <= confidence) {
        fifth = k;
      }
    }
    int from = start(fifth, n);
    int to = start(fifth + 1, n);
    int hits = 0;
    double rps = 0;
    for (int i = from; i < to; i++) {
      hits += sorted[i].hit() ? 1 : 0;
      rps += sorted[i].rps();
    }
    int matches = to - from;
    return new ConfidenceRank(n, (double) below / n, fifth + 1, sorted[from].confidence(),
        sorted[to - 1].confidence(), matches, (double) hits / matches, rps / matches);
  }

  private static int start(int fifth, int n) {
    return (int) ((long) fifth * n / FIFTHS);
  }
}
