package com.matchcast.ledger;

import com.matchcast.prediction.Prediction.ScoreProbability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The top exact scores as one compact text column: {@code 1-0:0.1200000000;1-1:0.1100000000}. */
final class TopScores {

  private TopScores() {}

  static String format(List<ScoreProbability> scores) {
    return scores.stream()
        .map(s -> s.home() + "-" + s.away() + ":" + LedgerNumbers.decimal(s.probability()).toPlainString())
        .collect(Collectors.joining(";"));
  }

  static List<ScoreProbability> parse(String text) {
    return items(text).stream()
        .map(item -> new ScoreProbability(Integer.parseInt(item[0]), Integer.parseInt(item[1]),
            Double.parseDouble(item[2])))
        .toList();
  }

  /** The canonical form of a top-scores text read from an export: decimals as the ledger writes them. */
  static String canonical(String text) {
    return items(text).stream()
        .map(item -> Integer.parseInt(item[0]) + "-" + Integer.parseInt(item[1]) + ":"
            + LedgerNumbers.canonical(item[2]))
        .collect(Collectors.joining(";"));
  }

  /** Home goals, away goals and probability of each item, as text. */
  private static List<String[]> items(String text) {
    List<String[]> items = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return items;
    }
    for (String item : text.split(";")) {
      int dash = item.indexOf('-');
      int colon = item.indexOf(':');
      if (dash < 1 || colon < dash) {
        throw new IllegalArgumentException("not a top score: " + item);
      }
      items.add(new String[] {item.substring(0, dash), item.substring(dash + 1, colon), item.substring(colon + 1)});
    }
    return items;
  }
}
