package com.matchcast.betting;

import com.matchcast.market.QuotePrices;
import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import java.util.List;
import java.util.Optional;

/**
 * One bookmaker's decimal prices for one market of a match, in the market's outcome order (home,
 * draw, away; over, under at 2.5 goals). Aggregate columns (market average, market maximum) come
 * as books too, under their names in {@link com.matchcast.market.Bookmakers}.
 */
public record Book(String bookmaker, Market market, double[] prices) {

  public Book {
    prices = prices.clone();
  }

  @Override
  public double[] prices() {
    return prices.clone();
  }

  double price(int outcome) {
    return prices[outcome];
  }

  /** The 1X2 and over/under 2.5 books of these quotes; other markets, other lines and gaps are left out. */
  public static List<Book> of(List<OddsQuote> quotes) {
    return quotes.stream().map(Book::of).flatMap(Optional::stream).toList();
  }

  static Optional<Book> of(OddsQuote quote) {
    boolean wanted = quote.market() == Market.ONE_X_TWO || QuotePrices.isGoalsLine(quote);
    if (!wanted) {
      return Optional.empty();
    }
    return QuotePrices.of(quote).filter(Book::valid).map(prices -> new Book(quote.bookmaker(), quote.market(), prices));
  }

  private static boolean valid(double[] prices) {
    for (double price : prices) {
      if (!(price > 1) || Double.isInfinite(price)) {
        return false;
      }
    }
    return true;
  }
}
