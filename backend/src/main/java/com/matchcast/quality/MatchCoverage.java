package com.matchcast.quality;

/** Counts of matches of one league season having each group of columns. */
public record MatchCoverage(int matches, int finished, int results, int statistics, int preMatchOdds,
    int closingOdds, int overUnderOdds, int asianHandicapOdds) {

  public static MatchCoverage empty() {
    return new MatchCoverage(0, 0, 0, 0, 0, 0, 0, 0);
  }
}
