package com.matchcast.timeline;

import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import java.util.List;
import java.util.Optional;

/** The pre-match quotes of a match (closing = false only): the market as it stood before kick-off. */
public record PreMatchPrices(List<OddsQuote> quotes) {

  public PreMatchPrices {
    quotes = List.copyOf(quotes);
    if (quotes.stream().anyMatch(OddsQuote::closing)) {
      throw new IllegalArgumentException("closing prices are not pre-match prices");
    }
  }

  public static PreMatchPrices none() {
    return new PreMatchPrices(List.of());
  }

  public Optional<OddsQuote> quote(String bookmaker, Market market) {
    return quotes.stream().filter(q -> q.market() == market && q.bookmaker().equals(bookmaker)).findFirst();
  }

  public List<OddsQuote> of(Market market) {
    return quotes.stream().filter(q -> q.market() == market).toList();
  }
}
