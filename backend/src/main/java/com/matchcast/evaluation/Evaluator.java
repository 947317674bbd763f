package com.matchcast.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Scores a backtest's forecasts with RPS, log loss, Brier score, accuracy and calibration,
 * overall and by league, season and league-season, and compares them with the market on the
 * same matches, with bootstrap confidence intervals for the paired differences.
 */
public final class Evaluator {

  public static final int DEFAULT_RESAMPLES = 1000;
  public static final long DEFAULT_SEED = 20_240_701L;

  private final int resamples;
  private final long seed;
  private final SegmentScorer scorer;

  public Evaluator() {
    this(DEFAULT_RESAMPLES, DEFAULT_SEED);
  }

  public Evaluator(int resamples, long seed) {
    this.resamples = resamples;
    this.seed = seed;
    this.scorer = new SegmentScorer(new PairedBootstrap(resamples, seed));
  }

  /** The report of at least one played match. */
  public EvaluationReport evaluate(List<EvaluatedMatch> matches) {
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("nothing to evaluate");
    }
    Segment overall = scorer.score(Segment.ALL, Segment.ALL, matches);
    List<Segment> leagues = slices(matches, EvaluatedMatch::division,
        (league, slice) -> scorer.score(league, Segment.ALL, slice));
    List<Segment> seasons = slices(matches, EvaluatedMatch::season,
        (season, slice) -> scorer.score(Segment.ALL, season, slice));
    List<Segment> leagueSeasons = slices(matches, m -> m.division() + "\t" + m.season(),
        (key, slice) -> scorer.score(slice.get(0).division(), slice.get(0).season(), slice));
    return new EvaluationReport(resamples, seed, overall, leagues, seasons, leagueSeasons);
  }

  /** Slices in key order, so that reports of the same matches read the same. */
  private static List<Segment> slices(List<EvaluatedMatch> matches, Function<EvaluatedMatch, String> key,
      BiFunction<String, List<EvaluatedMatch>, Segment> score) {
    Map<String, List<EvaluatedMatch>> groups = new TreeMap<>();
    matches.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
    List<Segment> segments = new ArrayList<>();
    groups.forEach((name, slice) -> segments.add(score.apply(name, slice)));
    return segments;
  }
}
