package com.matchcast.evaluation;

import com.matchcast.market.Bookmakers;

/**
 * The market forecasts a model is compared with, named as football-data names their columns.
 * Closing prices (AvgC, PSC) are the hardest benchmark: they have absorbed team news and
 * money up to kick-off, which no pre-match model can see.
 */
public enum ReferenceSource {
  /** Pre-match market average: BetBrain's BbAv until 2018-19, Avg after; the parser stores both as one. */
  AVG("Avg", Bookmakers.MARKET_AVERAGE, false),
  B365("B365", Bookmakers.BET365, false),
  PS("PS", Bookmakers.PINNACLE, false),
  AVG_CLOSING("AvgC", Bookmakers.MARKET_AVERAGE, true),
  PSC("PSC", Bookmakers.PINNACLE, true);

  private final String label;
  private final String bookmaker;
  private final boolean closing;

  ReferenceSource(String label, String bookmaker, boolean closing) {
    this.label = label;
    this.bookmaker = bookmaker;
    this.closing = closing;
  }

  public String label() {
    return label;
  }

  public String bookmaker() {
    return bookmaker;
  }

  public boolean closing() {
    return closing;
  }
}
