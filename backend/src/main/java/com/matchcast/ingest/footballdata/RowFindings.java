package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.OddsQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading the optional parts of one row found: its quotes, and the values that had to be
 * dropped (impossible prices, contradictory statistics), each with a reason to report.
 */
final class RowFindings {

  private final List<OddsQuote> quotes = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  void quote(OddsQuote quote) {
    quotes.add(quote);
  }

  /** A quote's columns can share one bad cell (the BetBrain handicap line): it is reported once. */
  void problem(String reason) {
    if (!problems.contains(reason)) {
      problems.add(reason);
    }
  }

  List<OddsQuote> quotes() {
    return quotes;
  }

  List<String> problems() {
    return problems;
  }
}
