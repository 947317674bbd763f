package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.Market;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every bookmaker's quotes in a file's header, once per file. Bookmakers come and go
 * between seasons, so prefixes are discovered rather than listed: a 1X2 quote is a complete
 * {@code <P>H}, {@code <P>D}, {@code <P>A} triple (which rules out look-alikes such as
 * {@code HTHG}, {@code HS} or {@code Bb1X2}); over/under is {@code <P>>2.5} with
 * {@code <P><2.5}; a handicap is {@code <P>AHH} with {@code <P>AHA} plus its line column.
 */
final class OddsColumns {

  private OddsColumns() {}

  static List<QuoteColumns> discover(HeaderIndex header) {
    List<QuoteColumns> quotes = new ArrayList<>();
    for (String name : header.names()) {
      if (name.length() > 1 && name.endsWith("H")) {
        oneXTwo(header, name.substring(0, name.length() - 1), quotes);
      } else if (name.indexOf('>') > 0) {
        overUnder(header, name, quotes);
      }
      if (name.length() > 3 && name.endsWith("AHH")) {
        asianHandicap(header, name.substring(0, name.length() - 3), quotes);
      }
    }
    return List.copyOf(quotes);
  }

  private static void oneXTwo(HeaderIndex header, String prefix, List<QuoteColumns> quotes) {
    List<String> names = List.of(prefix + "H", prefix + "D", prefix + "A");
    if (names.stream().allMatch(header::has)) {
      quotes.add(columns(header, prefix, Market.ONE_X_TWO, null, null, names));
    }
  }

  private static void overUnder(HeaderIndex header, String overName, List<QuoteColumns> quotes) {
    int mark = overName.indexOf('>');
    String prefix = overName.substring(0, mark);
    String lineText = overName.substring(mark + 1);
    String underName = prefix + "<" + lineText;
    BigDecimal line = parseLine(lineText);
    if (line != null && header.has(underName)) {
      quotes.add(columns(header, prefix, Market.OVER_UNDER, line, null, List.of(overName, underName)));
    }
  }

  private static void asianHandicap(HeaderIndex header, String prefix, List<QuoteColumns> quotes) {
    String lineName = handicapLineColumn(header, prefix);
    if (header.has(prefix + "AHA") && lineName != null) {
      quotes.add(columns(header, prefix, Market.ASIAN_HANDICAP, null, lineName,
          List.of(prefix + "AHH", prefix + "AHA")));
    }
  }

  /**
   * 2003-05 files give each bookmaker its own line ({@code B365AH}); 2005-19 files one BetBrain
   * line ({@code BbAHh}, while {@code BbAH} counts bookmakers); later files one pre-match line
   * ({@code AHh}) and one closing line ({@code AHCh}).
   */
  private static String handicapLineColumn(HeaderIndex header, String prefix) {
    String candidate;
    if (header.has(prefix + "AH")) {
      candidate = prefix + "AH";
    } else if (prefix.startsWith("Bb")) {
      candidate = "BbAHh";
    } else {
      candidate = Bookmakers.isClosing(prefix) ? "AHCh" : "AHh";
    }
    return header.has(candidate) ? candidate : null;
  }

  private static QuoteColumns columns(HeaderIndex header, String prefix, Market market, BigDecimal fixedLine,
      String lineName, List<String> priceNames) {
    int[] positions = priceNames.stream().mapToInt(header::position).toArray();
    String bookmaker = Bookmakers.nameOf(Bookmakers.withoutClosingMark(prefix));
    int linePosition = lineName == null ? -1 : header.position(lineName);
    return new QuoteColumns(bookmaker, market, Bookmakers.isClosing(prefix), fixedLine, lineName, linePosition,
        priceNames, positions);
  }

  private static BigDecimal parseLine(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notALine) {
      return null;
    }
  }
}
