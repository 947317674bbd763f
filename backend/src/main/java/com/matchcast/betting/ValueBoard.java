package com.matchcast.betting;

import com.matchcast.matchdata.Market;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every selection of one match with a price, the model against the market on each: the betting
 * view's row. A market nobody prices is left out, and so is over/under when the model has no
 * goals forecast.
 */
public final class ValueBoard {

  private ValueBoard() {}

  public static List<ValueEdge> edges(ModelProbabilities model, List<Book> books, double kellyFraction) {
    List<ValueEdge> edges = new ArrayList<>();
    for (Market market : List.of(Market.ONE_X_TWO, Market.OVER_UNDER)) {
      Optional<MarketPrices> prices = MarketPrices.of(market, books);
      if (prices.isEmpty()) {
        continue;
      }
      for (Selection selection : Selection.values()) {
        double p = model.of(selection);
        if (selection.market() == market && !Double.isNaN(p)) {
          edges.add(ValueEdge.of(selection, p, prices.get(), kellyFraction));
        }
      }
    }
    return List.copyOf(edges);
  }
}
