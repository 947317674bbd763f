package com.matchcast.ingest.apifootball;

import static com.matchcast.ingest.collect.JsonFields.decimal;
import static com.matchcast.ingest.collect.JsonFields.text;
import static com.matchcast.ingest.collect.JsonFields.utc;

import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns one {@code /odds} item into quotes for its fixture: Match Winner, Goals Over/Under,
 * Both Teams Score and Asian Handicap, each bookmaker's prices taken at the item's
 * {@code update} time. Prices that are missing or not above 1 leave their quote out.
 */
class OddsMapper {

  List<OddsQuote> quotes(JsonNode item) {
    LocalDateTime updated = utc(item.path("update"));
    List<OddsQuote> quotes = new ArrayList<>();
    for (JsonNode bookmaker : item.path("bookmakers")) {
      String name = text(bookmaker.path("name"));
      for (JsonNode bet : bookmaker.path("bets")) {
        Map<String, BigDecimal> prices = prices(bet.path("values"));
        String betName = text(bet.path("name"));
        if (name != null && betName != null) {
          quotes.addAll(quotesOf(name, betName, prices, updated));
        }
      }
    }
    return quotes;
  }

  private static List<OddsQuote> quotesOf(String bookmaker, String bet, Map<String, BigDecimal> p, LocalDateTime at) {
    return switch (bet) {
      case "Match Winner" -> all(p.get("Home"), p.get("Draw"), p.get("Away"))
          ? List.of(OddsQuote.oneXTwo(bookmaker, false, p.get("Home"), p.get("Draw"), p.get("Away"), at)) : List.of();
      case "Both Teams Score" -> all(p.get("Yes"), p.get("No"))
          ? List.of(OddsQuote.bothTeamsToScore(bookmaker, false, p.get("Yes"), p.get("No"), at)) : List.of();
      case "Goals Over/Under" -> overUnder(bookmaker, p, at);
      case "Asian Handicap" -> asianHandicap(bookmaker, p, at);
      default -> List.of();
    };
  }

  /** Values read "Over 2.5" / "Under 2.5": one quote per line with both sides priced. */
  private static List<OddsQuote> overUnder(String bookmaker, Map<String, BigDecimal> prices, LocalDateTime at) {
    List<OddsQuote> quotes = new ArrayList<>();
    for (BigDecimal line : lines(prices, "Over ", false)) {
      BigDecimal over = prices.get("Over " + line.toPlainString());
      BigDecimal under = prices.get("Under " + line.toPlainString());
      if (all(over, under)) {
        quotes.add(OddsQuote.overUnder(bookmaker, false, line, over, under, at));
      }
    }
    return quotes;
  }

  /** Values read "Home -0.5" / "Away +0.5": the away side of a home line carries the opposite sign. */
  private static List<OddsQuote> asianHandicap(String bookmaker, Map<String, BigDecimal> prices, LocalDateTime at) {
    List<OddsQuote> quotes = new ArrayList<>();
    for (BigDecimal homeLine : lines(prices, "Home ", true)) {
      BigDecimal home = prices.get("Home " + signed(homeLine));
      BigDecimal away = prices.get("Away " + signed(homeLine.negate()));
      if (all(home, away)) {
        quotes.add(OddsQuote.asianHandicap(bookmaker, false, homeLine, home, away, at));
      }
    }
    return quotes;
  }

  private static List<BigDecimal> lines(Map<String, BigDecimal> prices, String prefix, boolean signed) {
    List<BigDecimal> lines = new ArrayList<>();
    for (String value : prices.keySet()) {
      if (value.startsWith(prefix)) {
        try {
          lines.add(new BigDecimal(value.substring(prefix.length()).trim()));
        } catch (NumberFormatException notALine) {
          // A value such as "Over" without a line cannot be stored as a quote; it is left out.
        }
      }
    }
    return lines;
  }

  private static String signed(BigDecimal line) {
    return line.signum() > 0 ? "+" + line.toPlainString() : line.toPlainString();
  }

  private static Map<String, BigDecimal> prices(JsonNode values) {
    Map<String, BigDecimal> prices = new TreeMap<>();
    for (JsonNode value : values) {
      String label = text(value.path("value"));
      BigDecimal odd = decimal(value.path("odd"));
      if (label != null && odd != null && odd.compareTo(BigDecimal.ONE) > 0) {
        prices.put(normalizeLabel(label), odd);
      }
    }
    return prices;
  }

  /** "Home +0" and "Home 0" are one line; keep the label in the form {@link #signed} writes. */
  private static String normalizeLabel(String label) {
    int space = label.lastIndexOf(' ');
    if (space < 0) {
      return label;
    }
    try {
      BigDecimal line = new BigDecimal(label.substring(space + 1)).stripTrailingZeros();
      if (line.scale() < 0) {
        line = line.setScale(0);
      }
      String prefix = label.substring(0, space + 1);
      return prefix + (prefix.startsWith("Over") || prefix.startsWith("Under") ? line.toPlainString() : signed(line));
    } catch (NumberFormatException notALine) {
      return label;
    }
  }

  private static boolean all(BigDecimal... prices) {
    for (BigDecimal price : prices) {
      if (price == null) {
        return false;
      }
    }
    return true;
  }
}
