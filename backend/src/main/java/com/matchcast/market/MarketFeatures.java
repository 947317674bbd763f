package com.matchcast.market;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureSource;
import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.UpcomingMatch;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the betting market thought before kick-off, from the pre-match prices of an
 * {@link UpcomingMatch} only: closing prices never reach this class, so none of these columns
 * can leak the last moves of the market. Stateless: {@link #learn} does nothing.
 */
public final class MarketFeatures implements FeatureSource {

  /** The source name of every pre-match price feature. */
  public static final String SOURCE = MarketFeatureCatalog.SOURCE;

  private static final List<FeatureDefinition> DEFINITIONS = MarketFeatureCatalog.definitions();
  private static final List<String> HANDICAP_PREFERENCE =
      List.of(Bookmakers.MARKET_AVERAGE, Bookmakers.PINNACLE, Bookmakers.BET365);

  @Override
  public List<FeatureDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    PreMatchPrices prices = match.prices();
    Optional<double[]> average = oneXTwo(prices, Bookmakers.MARKET_AVERAGE);
    Optional<double[]> pinnacle = oneXTwo(prices, Bookmakers.PINNACLE);
    int at = offset;
    at = writeProbabilities(average, DemarginMethod.MULTIPLICATIVE, out, at);
    at = writeProbabilities(average, DemarginMethod.SHIN, out, at);
    at = writeProbabilities(average, DemarginMethod.POWER, out, at);
    at = writeProbabilities(pinnacle, DemarginMethod.MULTIPLICATIVE, out, at);
    at = writeProbabilities(oneXTwo(prices, Bookmakers.BET365), DemarginMethod.MULTIPLICATIVE, out, at);
    out[at++] = overround(average);
    out[at++] = overround(pinnacle);
    at = writePriceRatios(oneXTwo(prices, Bookmakers.MARKET_MAXIMUM), average, out, at);
    at = writeBookmakerSpread(prices, out, at);
    at = writeGoals(prices, out, at);
    at = writeHandicap(prices, out, at);
    writeConsensus(prices, out, at);
  }

  /** Market prices carry no state to learn: the market already priced in every result. */
  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {}

  private static Optional<double[]> oneXTwo(PreMatchPrices prices, String bookmaker) {
    return prices.quote(bookmaker, Market.ONE_X_TWO).flatMap(QuotePrices::of);
  }

  private static int writeProbabilities(Optional<double[]> book, DemarginMethod method, double[] out, int at) {
    double[] probabilities = book.map(p -> ImpliedProbabilities.of(method, p).probabilities()).orElse(null);
    for (int i = 0; i < 3; i++) {
      out[at + i] = probabilities == null ? Double.NaN : probabilities[i];
    }
    return at + 3;
  }

  private static double overround(Optional<double[]> book) {
    return book.map(p -> ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, p).overround()).orElse(Double.NaN);
  }

  private static int writePriceRatios(Optional<double[]> maximum, Optional<double[]> average, double[] out, int at) {
    for (int i = 0; i < 3; i++) {
      out[at + i] = maximum.isPresent() && average.isPresent() ? maximum.get()[i] / average.get()[i] : Double.NaN;
    }
    return at + 3;
  }

  private static int writeBookmakerSpread(PreMatchPrices prices, double[] out, int at) {
    double[] home = individualBooks(prices).mapToDouble(p -> p[0]).toArray();
    out[at] = home.length == 0 ? Double.NaN : home.length;
    out[at + 1] = home.length < 2 ? Double.NaN : standardDeviation(home);
    return at + 2;
  }

  private static int writeGoals(PreMatchPrices prices, double[] out, int at) {
    Optional<ImpliedProbabilities> goals = prices.of(Market.OVER_UNDER).stream()
        .filter(q -> q.bookmaker().equals(Bookmakers.MARKET_AVERAGE) && QuotePrices.isGoalsLine(q))
        .findFirst().flatMap(q -> QuotePrices.implied(q, DemarginMethod.MULTIPLICATIVE));
    out[at] = goals.map(g -> g.probability(0)).orElse(Double.NaN);
    out[at + 1] = goals.map(ImpliedProbabilities::overround).orElse(Double.NaN);
    return at + 2;
  }

  private static int writeHandicap(PreMatchPrices prices, double[] out, int at) {
    Optional<OddsQuote> quote = handicapQuote(prices);
    Optional<ImpliedProbabilities> implied =
        quote.flatMap(q -> QuotePrices.implied(q, DemarginMethod.MULTIPLICATIVE));
    out[at] = implied.isPresent() ? quote.get().line().doubleValue() : Double.NaN;
    out[at + 1] = implied.map(p -> p.probability(0)).orElse(Double.NaN);
    return at + 2;
  }

  private static Optional<OddsQuote> handicapQuote(PreMatchPrices prices) {
    List<OddsQuote> quotes = prices.of(Market.ASIAN_HANDICAP).stream().filter(q -> q.line() != null).toList();
    return Stream.concat(
            HANDICAP_PREFERENCE.stream().flatMap(b -> quotes.stream().filter(q -> q.bookmaker().equals(b))),
            quotes.stream().filter(q -> !Bookmakers.isAggregate(q.bookmaker())))
        .findFirst();
  }

  private static void writeConsensus(PreMatchPrices prices, double[] out, int at) {
    List<double[]> books = individualBooks(prices).toList();
    for (int i = 0; i < 3; i++) {
      int outcome = i;
      out[at + i] = books.isEmpty() ? Double.NaN : books.stream().mapToDouble(p -> p[outcome]).average().orElseThrow();
    }
  }

  /** One de-margined 1X2 book per individual bookmaker; a bookmaker quoted twice counts once. */
  private static Stream<double[]> individualBooks(PreMatchPrices prices) {
    Map<String, double[]> books = new LinkedHashMap<>();
    for (OddsQuote quote : prices.of(Market.ONE_X_TWO)) {
      if (!Bookmakers.isAggregate(quote.bookmaker()) && !books.containsKey(quote.bookmaker())) {
        QuotePrices.implied(quote, DemarginMethod.MULTIPLICATIVE)
            .ifPresent(p -> books.put(quote.bookmaker(), p.probabilities()));
      }
    }
    return books.values().stream();
  }

  private static double standardDeviation(double[] values) {
    double mean = Arrays.stream(values).average().orElseThrow();
    double squares = Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
    return Math.sqrt(squares / (values.length - 1));
  }
}
