package com.matchcast.quality;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How complete the stored data of one league season is, and what its imports rejected. */
public record DataQualityReport(
    String league,
    String season,
    int matches,
    int finishedMatches,
    Completeness results,
    Completeness statistics,
    Completeness preMatchOdds,
    Completeness closingOdds,
    Completeness overUnderOdds,
    Completeness asianHandicapOdds,
    List<RejectCount> rejects,
    int duplicatesSkipped,
    List<String> newClubs) {

  private static final String DETAIL_SEPARATOR = ": ";
  private static final String DUPLICATE = "duplicate";

  /**
   * {@code rejectReasons} maps each full reason text to its count. Reasons are grouped by
   * their stable part before ": "; duplicates are counted apart because skipping them is
   * expected, not a loss of data. {@code newClubs} are the clubs its imports added to the catalog.
   */
  public static DataQualityReport of(String league, String season, MatchCoverage coverage,
      Map<String, Integer> rejectReasons, List<String> newClubs) {
    Map<String, Integer> groups = new LinkedHashMap<>();
    int duplicates = 0;
    for (Map.Entry<String, Integer> reason : rejectReasons.entrySet()) {
      if (reason.getKey().startsWith(DUPLICATE)) {
        duplicates += reason.getValue();
      } else {
        groups.merge(stablePart(reason.getKey()), reason.getValue(), Integer::sum);
      }
    }
    List<RejectCount> rejects = groups.entrySet().stream()
        .map(group -> new RejectCount(group.getKey(), group.getValue()))
        .sorted(Comparator.comparingInt(RejectCount::count).reversed().thenComparing(RejectCount::reason))
        .toList();
    int matches = coverage.matches();
    return new DataQualityReport(league, season, matches, coverage.finished(),
        Completeness.of(coverage.results(), matches), Completeness.of(coverage.statistics(), matches),
        Completeness.of(coverage.preMatchOdds(), matches), Completeness.of(coverage.closingOdds(), matches),
        Completeness.of(coverage.overUnderOdds(), matches), Completeness.of(coverage.asianHandicapOdds(), matches),
        rejects, duplicates, List.copyOf(newClubs));
  }

  private static String stablePart(String reason) {
    int separator = reason.indexOf(DETAIL_SEPARATOR);
    return separator < 0 ? reason : reason.substring(0, separator);
  }
}
