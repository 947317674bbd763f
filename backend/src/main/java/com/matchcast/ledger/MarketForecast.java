package com.matchcast.ledger;

import com.matchcast.evaluation.ReferenceSource;
import com.matchcast.market.DemarginMethod;
import com.matchcast.market.ImpliedProbabilities;
import java.util.List;
import java.util.Optional;

/**
 * A market's de-margined 1X2 forecast of one match, taken from the first of its sources that
 * priced the match: the closing market is the closing average (AvgC), else Pinnacle's closing
 * prices (PSC); the pre-match market is the pre-match average (Avg), else Bet365. Prices are
 * de-margined multiplicatively, as the backtest's market references are.
 */
record MarketForecast(ReferenceSource source, double[] probabilities) {

  static final List<ReferenceSource> CLOSING = List.of(ReferenceSource.AVG_CLOSING, ReferenceSource.PSC);
  static final List<ReferenceSource> PRE_MATCH = List.of(ReferenceSource.AVG, ReferenceSource.B365);

  /** One bookmaker's 1X2 prices of the match, as stored in odds. */
  record Book(String bookmaker, boolean closing, double home, double draw, double away) {}

  static Optional<MarketForecast> first(List<ReferenceSource> preference, List<Book> books) {
    for (ReferenceSource source : preference) {
      Optional<Book> book = books.stream()
          .filter(b -> b.bookmaker().equals(source.bookmaker()) && b.closing() == source.closing()).findFirst();
      if (book.isPresent()) {
        Book b = book.get();
        double[] probabilities = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, b.home(), b.draw(), b.away())
            .probabilities();
        return Optional.of(new MarketForecast(source, probabilities));
      }
    }
    return Optional.empty();
  }
}
