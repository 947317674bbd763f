package com.matchcast.betting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The strategies backtest as a Markdown table, the form the README keeps it in. */
public final class StrategyTable {

  private StrategyTable() {}

  public static List<String> render(Map<Strategy, Performance> results) {
    Map<String, Performance> named = new java.util.LinkedHashMap<>();
    results.forEach((strategy, performance) -> named.put(strategy.name(), performance));
    return renderNamed(named);
  }

  /** Rows under any label, such as a strategy's bets of one market. */
  public static List<String> renderNamed(Map<String, Performance> results) {
    List<String> lines = new ArrayList<>();
    lines.add("| strategy | bets | turnover | profit | ROI [95% CI] | mean CLV (bets with a closing price) | max drawdown | final bankroll |");
    lines.add("|---|---|---|---|---|---|---|---|");
    results.forEach((name, p) -> lines.add(String.format(Locale.ROOT,
        "| %s | %d | %.1f | %+.1f | %s [%s, %s] | %s (%d) | %.1f%% | %.1f |",
        name, p.bets(), p.turnover(), p.profit(), percent(p.roi()), percent(p.roiLow()),
        percent(p.roiHigh()), percent(p.meanClv()), p.clvBets(), p.maxDrawdown() * 100, p.bankroll())));
    return lines;
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%+.2f%%", share * 100);
  }
}
