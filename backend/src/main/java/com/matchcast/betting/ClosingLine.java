package com.matchcast.betting;

import com.matchcast.market.Bookmakers;
import com.matchcast.market.DemarginMethod;
import com.matchcast.market.ImpliedProbabilities;
import java.util.List;
import java.util.Optional;

/**
 * Closing-line value: how the price taken compares with the market's last word before kick-off,
 * once that word's margin is removed. A bettor who keeps taking prices above the fair closing
 * price has skill whatever the results of a few hundred bets say; it is the accepted measure
 * because it is far less noisy than profit.
 */
public final class ClosingLine {

  /** Preferred margin-free closing sources: the closing average (AvgC), else Pinnacle's closing prices. */
  private static final List<String> SOURCES = List.of(Bookmakers.MARKET_AVERAGE, Bookmakers.PINNACLE);

  private ClosingLine() {}

  /** price·q − 1, the expected return of the price taken if the closing market is right; NaN without q. */
  public static double value(double priceTaken, double closingProbability) {
    return Double.isNaN(closingProbability) ? Double.NaN : priceTaken * closingProbability - 1;
  }

  /** The de-margined closing probability of the selection from closing books; NaN when none prices its market. */
  public static double probability(Selection selection, List<Book> closingBooks) {
    for (String source : SOURCES) {
      Optional<Book> book = closingBooks.stream()
          .filter(b -> b.market() == selection.market() && b.bookmaker().equals(source)).findFirst();
      if (book.isPresent()) {
        return ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, book.get().prices())
            .probability(selection.index());
      }
    }
    return Double.NaN;
  }
}
