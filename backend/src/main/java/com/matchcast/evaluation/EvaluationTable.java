package com.matchcast.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The main table of a report as plain text for the command line: the model against each
 * market reference, overall and per league, on the matches that reference priced.
 */
public final class EvaluationTable {

  private static final String HEADER = String.format(Locale.ROOT,
      "%-8s %-5s %6s  %-7s %-7s %-28s  %-7s %-7s %-28s  %-6s %-6s %-22s", "slice", "vs", "n",
      "RPS", "market", "diff [95% CI]", "logloss", "market", "diff [95% CI]", "acc", "market", "diff pp [95% CI]");

  private EvaluationTable() {}

  public static String render(EvaluationReport report) {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    appendSegment(text, "all", report.overall());
    report.leagues().forEach(segment -> appendSegment(text, segment.league(), segment));
    appendBinary(text, report.overall().binaryMarkets());
    return text.toString();
  }

  private static void appendSegment(StringBuilder text, String slice, Segment segment) {
    if (segment.markets().isEmpty()) {
      Scores model = segment.model();
      text.append(String.format(Locale.ROOT, "%-8s %-5s %6d  %.4f  %-7s %-28s  %.4f  %-7s %-28s  %5.1f%%%n", slice, "-",
          model.matches(), model.rankedProbabilityScore(), "", "", model.logLoss(), "", "", 100 * model.accuracy()));
    }
    for (MarketComparison comparison : segment.markets()) {
      text.append(row(slice, comparison)).append('\n');
    }
  }

  private static String row(String slice, MarketComparison c) {
    return String.format(Locale.ROOT, "%-8s %-5s %6d  %.4f  %.4f  %-28s  %.4f  %.4f  %-28s  %5.1f%% %5.1f%% %s", slice,
        c.reference(), c.model().matches(), c.model().rankedProbabilityScore(), c.market().rankedProbabilityScore(),
        difference(c.rankedProbabilityScoreDifference()), c.model().logLoss(), c.market().logLoss(),
        difference(c.logLossDifference()), 100 * c.model().accuracy(), 100 * c.market().accuracy(),
        percentagePoints(c.accuracyDifference()));
  }

  private static void appendBinary(StringBuilder text, List<BinaryMarketComparison> comparisons) {
    for (BinaryMarketComparison c : comparisons) {
      text.append(String.format(Locale.ROOT, "%-8s %-5s %6d  log loss %.4f  market %.4f  diff %s%n", c.market(),
          c.reference(), c.matches(), c.modelLogLoss(), c.marketLogLoss(), difference(c.logLossDifference())));
    }
  }

  private static String percentagePoints(PairedDifference d) {
    return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", 100 * d.mean(), 100 * d.lower(), 100 * d.upper());
  }

  private static String difference(PairedDifference d) {
    return String.format(Locale.ROOT, "%+.4f [%+.4f, %+.4f]", d.mean(), d.lower(), d.upper());
  }
}
