package com.matchcast.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Scores one slice of matches: the model alone, then against every market reference. */
final class SegmentScorer {

  private final PairedBootstrap bootstrap;

  SegmentScorer(PairedBootstrap bootstrap) {
    this.bootstrap = bootstrap;
  }

  Segment score(String league, String season, List<EvaluatedMatch> matches) {
    String key = league + "/" + season;
    List<MarketComparison> markets = new ArrayList<>();
    List<BinaryMarketComparison> binaryMarkets = new ArrayList<>();
    for (ReferenceSource source : ReferenceSource.values()) {
      oneXTwo(key, source, matches).ifPresent(markets::add);
      binary(key, "over_2_5", source, matches, MarketReference::pOver25, EvaluatedMatch::modelPOver25,
          m -> m.totalGoals() > 2).ifPresent(binaryMarkets::add);
      binary(key, "btts", source, matches, MarketReference::pBothTeamsScore, EvaluatedMatch::modelPBothTeamsScore,
          EvaluatedMatch::bothTeamsScored).ifPresent(binaryMarkets::add);
    }
    Scores model = Scores.of(matches.stream().map(EvaluatedMatch::model).toList(), results(matches));
    return new Segment(league, season, model, markets, binaryMarkets);
  }

  private Optional<MarketComparison> oneXTwo(String key, ReferenceSource source, List<EvaluatedMatch> matches) {
    List<EvaluatedMatch> priced = matches.stream()
        .filter(m -> m.reference(source).filter(MarketReference::hasOneXTwo).isPresent()).toList();
    if (priced.isEmpty()) {
      return Optional.empty();
    }
    List<double[]> model = priced.stream().map(EvaluatedMatch::model).toList();
    List<double[]> market = priced.stream().map(m -> m.reference(source).orElseThrow().oneXTwo()).toList();
    int[] results = results(priced);
    double[] rps = new double[results.length];
    double[] logLoss = new double[results.length];
    double[] correct = new double[results.length];
    for (int i = 0; i < results.length; i++) {
      rps[i] = ScoringRules.rankedProbabilityScore(model.get(i), results[i])
          - ScoringRules.rankedProbabilityScore(market.get(i), results[i]);
      logLoss[i] = ScoringRules.logLoss(model.get(i), results[i]) - ScoringRules.logLoss(market.get(i), results[i]);
      correct[i] = hit(model.get(i), results[i]) - hit(market.get(i), results[i]);
    }
    PairedDifference[] differences = bootstrap.intervals(key + "/1x2/" + source.label(), rps, logLoss, correct);
    return Optional.of(new MarketComparison(source.label(), Scores.of(model, results), Scores.of(market, results),
        differences[0], differences[1], differences[2]));
  }

  private static int hit(double[] forecast, int result) {
    return ScoringRules.mostLikely(forecast) == result ? 1 : 0;
  }

  /** A yes/no market, on the matches where both the model and the reference gave a probability. */
  private Optional<BinaryMarketComparison> binary(String key, String name, ReferenceSource source,
      List<EvaluatedMatch> matches, ToDoubleFunction<MarketReference> marketProbability,
      ToDoubleFunction<EvaluatedMatch> modelProbability, Predicate<EvaluatedMatch> happened) {
    List<EvaluatedMatch> priced = matches.stream().filter(m -> !Double.isNaN(modelProbability.applyAsDouble(m))
        && m.reference(source).filter(r -> !Double.isNaN(marketProbability.applyAsDouble(r))).isPresent()).toList();
    if (priced.isEmpty()) {
      return Optional.empty();
    }
    double[] model = new double[priced.size()];
    double[] market = new double[priced.size()];
    double[] difference = new double[priced.size()];
    for (int i = 0; i < priced.size(); i++) {
      EvaluatedMatch match = priced.get(i);
      boolean yes = happened.test(match);
      model[i] = ScoringRules.binaryLogLoss(modelProbability.applyAsDouble(match), yes);
      MarketReference reference = match.reference(source).orElseThrow();
      market[i] = ScoringRules.binaryLogLoss(marketProbability.applyAsDouble(reference), yes);
      difference[i] = model[i] - market[i];
    }
    PairedDifference interval = bootstrap.intervals(key + "/" + name + "/" + source.label(), difference)[0];
    return Optional.of(new BinaryMarketComparison(name, source.label(), priced.size(), mean(model), mean(market),
        interval));
  }

  private static int[] results(List<EvaluatedMatch> matches) {
    return matches.stream().mapToInt(EvaluatedMatch::result).toArray();
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }
}
