package com.matchcast.evaluation;

import com.matchcast.market.DemarginMethod;
import com.matchcast.market.ImpliedProbabilities;
import com.matchcast.market.QuotePrices;
import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.PreMatchPrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Builds the market references of a match from its pre-match and closing prices. */
public final class MarketReferences {

  private MarketReferences() {}

  /** Every reference with at least one price, in {@link ReferenceSource} order; closing may be null. */
  public static List<MarketReference> of(PreMatchPrices preMatch, ClosingPrices closing) {
    List<OddsQuote> preMatchQuotes = preMatch == null ? List.of() : preMatch.quotes();
    List<OddsQuote> closingQuotes = closing == null ? List.of() : closing.quotes();
    List<MarketReference> references = new ArrayList<>();
    for (ReferenceSource source : ReferenceSource.values()) {
      reference(source, source.closing() ? closingQuotes : preMatchQuotes).ifPresent(references::add);
    }
    return List.copyOf(references);
  }

  private static Optional<MarketReference> reference(ReferenceSource source, List<OddsQuote> quotes) {
    Optional<ImpliedProbabilities> oneXTwo = implied(quotes, source, q -> q.market() == Market.ONE_X_TWO);
    Optional<ImpliedProbabilities> goals = implied(quotes, source, QuotePrices::isGoalsLine);
    Optional<ImpliedProbabilities> btts = implied(quotes, source, q -> q.market() == Market.BTTS);
    if (oneXTwo.isEmpty() && goals.isEmpty() && btts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MarketReference(source, oneXTwo.map(ImpliedProbabilities::probabilities).orElse(null),
        firstProbability(goals), firstProbability(btts)));
  }

  private static Optional<ImpliedProbabilities> implied(List<OddsQuote> quotes, ReferenceSource source,
      Predicate<OddsQuote> market) {
    return quotes.stream().filter(q -> q.bookmaker().equals(source.bookmaker()) && market.test(q)).findFirst()
        .flatMap(q -> QuotePrices.implied(q, DemarginMethod.MULTIPLICATIVE));
  }

  private static double firstProbability(Optional<ImpliedProbabilities> implied) {
    return implied.map(p -> p.probability(0)).orElse(Double.NaN);
  }
}
