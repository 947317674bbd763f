package com.matchcast.evaluation;

import java.util.List;

/**
 * The evaluation of one slice of matches: all of them, a league, a season or a league-season.
 *
 * @param league  division code, or {@value #ALL}
 * @param season  season code such as 2023-2024, or {@value #ALL}
 * @param model   the model on every match of the slice
 * @param markets the model against each market reference, on the matches that reference priced
 */
public record Segment(String league, String season, Scores model, List<MarketComparison> markets,
    List<BinaryMarketComparison> binaryMarkets) {

  public static final String ALL = "all";

  public Segment {
    markets = List.copyOf(markets);
    binaryMarkets = List.copyOf(binaryMarkets);
  }
}
