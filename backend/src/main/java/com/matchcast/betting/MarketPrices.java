package com.matchcast.betting;

import com.matchcast.market.Bookmakers;
import com.matchcast.market.DemarginMethod;
import com.matchcast.market.ImpliedProbabilities;
import com.matchcast.matchdata.Market;
import java.util.List;
import java.util.Optional;

/**
 * What the market offers on one market of a match: the best price of each outcome across
 * bookmakers (the one a bettor would take) and the de-margined market, the consensus probability
 * of each outcome once the bookmakers' margin is taken out (multiplicatively, as everywhere in
 * Matchcast). The consensus is the market-average book when the source gives one, else the mean
 * of the bookmakers' own de-margined books; the average is never a price one can take.
 */
public record MarketPrices(Market market, double[] bestPrices, String[] bestBookmakers, double[] consensus) {

  public MarketPrices {
    bestPrices = bestPrices.clone();
    bestBookmakers = bestBookmakers.clone();
    consensus = consensus.clone();
  }

  public double bestPrice(Selection selection) {
    return bestPrices[selection.index()];
  }

  public String bestBookmaker(Selection selection) {
    return bestBookmakers[selection.index()];
  }

  /** The de-margined market probability of the selection. */
  public double consensus(Selection selection) {
    return consensus[selection.index()];
  }

  /** Empty when no book of that market has every price. */
  public static Optional<MarketPrices> of(Market market, List<Book> books) {
    List<Book> ofMarket = books.stream().filter(b -> b.market() == market).toList();
    List<Book> takeable = ofMarket.stream().filter(b -> !b.bookmaker().equals(Bookmakers.MARKET_AVERAGE)).toList();
    if (takeable.isEmpty()) {
      return Optional.empty();
    }
    int outcomes = takeable.get(0).prices().length;
    double[] best = new double[outcomes];
    String[] bookmakers = new String[outcomes];
    for (Book book : takeable) {
      for (int i = 0; i < outcomes; i++) {
        if (book.price(i) > best[i]) {
          best[i] = book.price(i);
          bookmakers[i] = book.bookmaker();
        }
      }
    }
    return Optional.of(new MarketPrices(market, best, bookmakers, consensus(ofMarket, outcomes)));
  }

  private static double[] consensus(List<Book> books, int outcomes) {
    Optional<Book> average = books.stream().filter(b -> b.bookmaker().equals(Bookmakers.MARKET_AVERAGE)).findFirst();
    if (average.isPresent()) {
      return demargined(average.get());
    }
    List<Book> bookmakers = books.stream().filter(b -> !Bookmakers.isAggregate(b.bookmaker())).toList();
    List<Book> sources = bookmakers.isEmpty() ? books : bookmakers;
    double[] mean = new double[outcomes];
    for (Book book : sources) {
      double[] probabilities = demargined(book);
      for (int i = 0; i < outcomes; i++) {
        mean[i] += probabilities[i] / sources.size();
      }
    }
    return mean;
  }

  private static double[] demargined(Book book) {
    return ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, book.prices()).probabilities();
  }
}
