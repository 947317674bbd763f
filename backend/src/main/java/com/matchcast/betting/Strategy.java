package com.matchcast.betting;

import com.matchcast.matchdata.Market;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A rule that turns one match's prices (and the model's forecast, for the strategies that use it)
 * into picks, and how it stakes them. Only what is known before kick-off goes in: the forecast and
 * the pre-match prices.
 *
 * @param threshold the smallest expected return at the best price that makes a pick (value and
 *                  consensus strategies); ignored by the favourites
 */
public record Strategy(Rule rule, double threshold, Staking staking) {

  /** What a strategy backs. */
  public enum Rule {
    /** Every selection where the model's probability times the best price beats 1 by the threshold. */
    VALUE,
    /**
     * Every selection where the best price beats the de-margined market average by the threshold: the
     * consensus strategy of Kaunitz, Zhong and Kreiner (2017), which needs no model at all.
     */
    CONSENSUS,
    /** The outcome the market makes likeliest, every match, at the best price: the naive baseline. */
    MARKET_FAVOURITE,
    /** The outcome the model makes likeliest, every match, whatever the price: the model without an edge filter. */
    MODEL_FAVOURITE
  }

  /** The live ledger's and the backtest's name, e.g. value-5%-kelly, consensus-0%-flat, market-favourite-flat. */
  public String name() {
    String base = rule.name().toLowerCase(Locale.ROOT).replace('_', '-');
    String edge = rule == Rule.VALUE || rule == Rule.CONSENSUS
        ? "-" + String.format(Locale.ROOT, "%.0f", threshold * 100) + "%" : "";
    return base + edge + "-" + staking.name().toLowerCase(Locale.ROOT);
  }

  /** The selections this strategy backs on one match, each with its edge against the best price. */
  public List<ValueEdge> picks(List<ValueEdge> edges) {
    return switch (rule) {
      case VALUE -> edges.stream().filter(e -> e.edge() > 0 && e.edge() >= threshold).toList();
      case CONSENSUS -> edges.stream()
          .filter(e -> e.bestPrice() * e.marketProbability() - 1 > 0
              && e.bestPrice() * e.marketProbability() - 1 >= threshold).toList();
      case MARKET_FAVOURITE -> likeliest(edges, Comparator.comparingDouble(ValueEdge::marketProbability));
      case MODEL_FAVOURITE -> likeliest(edges, Comparator.comparingDouble(ValueEdge::modelProbability));
    };
  }

  /**
   * The stake on a pick: one unit (a hundredth of the starting bankroll) flat, or the pick's
   * fractional Kelly share of the bankroll as it stands.
   */
  public double stake(ValueEdge pick, double bankroll, double startingBankroll) {
    return staking == Staking.FLAT ? startingBankroll / 100 : pick.kellyStake() * Math.max(0, bankroll);
  }

  private static List<ValueEdge> likeliest(List<ValueEdge> edges, Comparator<ValueEdge> by) {
    return edges.stream().filter(e -> e.selection().market() == Market.ONE_X_TWO).max(by).map(List::of)
        .orElse(List.of());
  }
}
