package com.matchcast.market;

import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.util.Optional;

/** The decimal prices of a quote in outcome order, and their de-margined probabilities. */
public final class QuotePrices {

  /** Over/under is evaluated and described at the usual 2.5-goal line only. */
  public static final BigDecimal GOALS_LINE = new BigDecimal("2.5");

  private QuotePrices() {}

  /**
   * Home, draw, away for 1X2; over, under; home, away for a handicap; yes, no for both teams
   * to score. Empty when a price is missing.
   */
  public static Optional<double[]> of(OddsQuote quote) {
    BigDecimal[] prices = switch (quote.market()) {
      case ONE_X_TWO -> new BigDecimal[] {quote.home(), quote.draw(), quote.away()};
      case OVER_UNDER -> new BigDecimal[] {quote.over(), quote.under()};
      case ASIAN_HANDICAP -> new BigDecimal[] {quote.home(), quote.away()};
      case BTTS -> new BigDecimal[] {quote.yes(), quote.no()};
    };
    double[] values = new double[prices.length];
    for (int i = 0; i < prices.length; i++) {
      if (prices[i] == null) {
        return Optional.empty();
      }
      values[i] = prices[i].doubleValue();
    }
    return Optional.of(values);
  }

  /** The quote's implied probabilities, empty when a price is missing. */
  public static Optional<ImpliedProbabilities> implied(OddsQuote quote, DemarginMethod method) {
    return of(quote).map(prices -> ImpliedProbabilities.of(method, prices));
  }

  /** True for an over/under quote at 2.5 goals. */
  public static boolean isGoalsLine(OddsQuote quote) {
    return quote.market() == Market.OVER_UNDER && quote.line() != null && quote.line().compareTo(GOALS_LINE) == 0;
  }
}
