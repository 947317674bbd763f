package com.matchcast.cli;

import com.matchcast.quality.Completeness;
import com.matchcast.quality.DataQualityReport;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Data-quality reports as a fixed-width text table, then the reject reasons of each season. */
final class QualityTable {

  private static final String ROW = "%-6s %-9s %7s %8s %14s %14s %14s %14s %14s %14s %7s %10s%n";

  private QualityTable() {}

  static String render(List<DataQualityReport> reports) {
    if (reports.isEmpty()) {
      return "No stored matches or rejected rows for this selection.\n";
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, ROW, "League", "Season", "Matches",
        "Finished", "Results", "Statistics", "Pre-match 1X2", "Closing 1X2", "Over/under", "Asian hcp",
        "Rejects", "Duplicates"));
    for (DataQualityReport report : reports) {
      int rejected = report.rejects().stream().mapToInt(reject -> reject.count()).sum();
      out.append(String.format(Locale.ROOT, ROW, report.league(), report.season(), report.matches(),
          report.finishedMatches(), cell(report.results()), cell(report.statistics()), cell(report.preMatchOdds()),
          cell(report.closingOdds()), cell(report.overUnderOdds()), cell(report.asianHandicapOdds()), rejected,
          report.duplicatesSkipped()));
    }
    for (DataQualityReport report : reports) {
      if (!report.rejects().isEmpty()) {
        out.append(String.format(Locale.ROOT, "%nRejected %s %s: %s", report.league(), report.season(),
            report.rejects().stream().map(reject -> reject.reason() + " " + reject.count())
                .collect(Collectors.joining(", "))));
      }
    }
    for (DataQualityReport report : reports) {
      if (!report.newClubs().isEmpty()) {
        out.append(String.format(Locale.ROOT, "%nNew clubs %s %s: %s", report.league(), report.season(),
            String.join(", ", report.newClubs())));
      }
    }
    return out.append(System.lineSeparator()).toString();
  }

  private static String cell(Completeness completeness) {
    return String.format(Locale.ROOT, "%d (%.1f%%)", completeness.count(), completeness.share() * 100);
  }
}
