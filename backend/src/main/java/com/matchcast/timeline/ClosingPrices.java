package com.matchcast.timeline;

import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import java.util.List;
import java.util.Optional;

/**
 * The last prices before kick-off (closing = true). Used only to score forecasts against the
 * market; no feature, fitted parameter or tuned hyperparameter may read them.
 */
public record ClosingPrices(List<OddsQuote> quotes) {

  public ClosingPrices {
    quotes = List.copyOf(quotes);
    if (quotes.stream().anyMatch(q -> !q.closing())) {
      throw new IllegalArgumentException("pre-match prices are not closing prices");
    }
  }

  public Optional<OddsQuote> quote(String bookmaker, Market market) {
    return quotes.stream().filter(q -> q.market() == market && q.bookmaker().equals(bookmaker)).findFirst();
  }
}
