package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.util.List;

/**
 * Where one bookmaker's prices for one market sit in a file: the price columns in outcome
 * order (home/draw/away, over/under or home/away) and, for handicaps, the column holding
 * the line. A quote with a price missing is not emitted; one with an impossible price is
 * dropped and reported.
 */
record QuoteColumns(String bookmaker, Market market, boolean closing, BigDecimal fixedLine, String lineColumnName,
    int lineColumn, List<String> priceColumnNames, int[] priceColumns) {

  /** Over-rounds outside this band are typing errors; market maxima legitimately fall below 1. */
  private static final double LOWEST_OVERROUND = 0.85;
  private static final double HIGHEST_OVERROUND = 1.50;

  /** Adds this quote to the row's odds, or a problem when the prices cannot be right. */
  void read(String[] cells, RowFindings row) {
    String[] texts = new String[priceColumns.length];
    for (int i = 0; i < priceColumns.length; i++) {
      texts[i] = Cells.text(cells, priceColumns[i]);
      if (texts[i] == null) {
        return;
      }
    }
    BigDecimal line = fixedLine;
    if (lineColumn >= 0) {
      String lineText = Cells.text(cells, lineColumn);
      if (lineText == null) {
        return;
      }
      line = HandicapLines.parse(lineText);
      if (line == null) {
        row.problem("implausible handicap line: " + lineColumnName + " " + lineText);
        return;
      }
    }
    BigDecimal[] prices = prices(texts, row);
    if (prices != null && plausibleOverround(prices, row)) {
      row.quote(quote(line, prices));
    }
  }

  private BigDecimal[] prices(String[] texts, RowFindings row) {
    BigDecimal[] prices = new BigDecimal[texts.length];
    for (int i = 0; i < texts.length; i++) {
      try {
        prices[i] = new BigDecimal(texts[i]);
      } catch (NumberFormatException notANumber) {
        row.problem("price not a number: " + priceColumnNames.get(i) + " " + texts[i]);
        return null;
      }
      if (prices[i].compareTo(BigDecimal.ONE) <= 0) {
        row.problem("price not above 1.0: " + priceColumnNames.get(i) + " " + texts[i]);
        return null;
      }
    }
    return prices;
  }

  private boolean plausibleOverround(BigDecimal[] prices, RowFindings row) {
    if (market != Market.ONE_X_TWO) {
      return true;
    }
    double overround = 0;
    for (BigDecimal price : prices) {
      overround += 1 / price.doubleValue();
    }
    if (overround >= LOWEST_OVERROUND && overround <= HIGHEST_OVERROUND) {
      return true;
    }
    row.problem(String.format("implausible 1X2 overround: %s %s/%s/%s sums to %.3f", String.join("/", priceColumnNames),
        prices[0].toPlainString(), prices[1].toPlainString(), prices[2].toPlainString(), overround));
    return false;
  }

  private OddsQuote quote(BigDecimal line, BigDecimal[] prices) {
    return switch (market) {
      case ONE_X_TWO -> OddsQuote.oneXTwo(bookmaker, closing, prices[0], prices[1], prices[2], null);
      case OVER_UNDER -> OddsQuote.overUnder(bookmaker, closing, line, prices[0], prices[1], null);
      case ASIAN_HANDICAP -> OddsQuote.asianHandicap(bookmaker, closing, line, prices[0], prices[1], null);
      case BTTS -> OddsQuote.bothTeamsToScore(bookmaker, closing, prices[0], prices[1], null);
    };
  }
}
