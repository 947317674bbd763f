package com.matchcast.ingest.footballdata;

import java.util.Map;

/**
 * Readable, stable names for football-data's bookmaker column prefixes. The BetBrain
 * aggregates (2005-2019) and the market aggregates that replaced them share one name each.
 */
final class Bookmakers {

  static final String MARKET_MAXIMUM = "Market Maximum";
  static final String MARKET_AVERAGE = "Market Average";

  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("B365", "Bet365"),
      Map.entry("BW", "Bet&Win"),
      Map.entry("IW", "Interwetten"),
      Map.entry("WH", "William Hill"),
      Map.entry("LB", "Ladbrokes"),
      Map.entry("GB", "Gamebookers"),
      Map.entry("SB", "Sportingbet"),
      Map.entry("VC", "VC Bet"),
      Map.entry("SJ", "Stan James"),
      Map.entry("BS", "Blue Square"),
      Map.entry("SY", "Stanleybet"),
      Map.entry("SO", "Sporting Odds"),
      Map.entry("PS", "Pinnacle"),
      Map.entry("P", "Pinnacle"),
      Map.entry("1XB", "1XBet"),
      Map.entry("BV", "BetVictor"),
      Map.entry("CL", "Coral"),
      Map.entry("BF", "Betfair"),
      Map.entry("BFE", "Betfair Exchange"),
      Map.entry("BFD", "Betfred"),
      Map.entry("BMGM", "BetMGM"),
      Map.entry("Max", MARKET_MAXIMUM),
      Map.entry("BbMx", MARKET_MAXIMUM),
      Map.entry("Avg", MARKET_AVERAGE),
      Map.entry("BbAv", MARKET_AVERAGE));

  private Bookmakers() {}

  static boolean isKnown(String prefix) {
    return NAMES.containsKey(prefix);
  }

  /** The readable name, or the prefix itself for a bookmaker football-data adds later. */
  static String nameOf(String prefix) {
    return NAMES.getOrDefault(prefix, prefix);
  }

  /**
   * Closing prices insert a {@code C} after the prefix ({@code PSCH}, {@code B365C>2.5}); VC Bet's
   * own prefix ends in C, so a prefix that is itself a bookmaker is never read as closing.
   */
  static boolean isClosing(String prefix) {
    return prefix.length() > 1 && prefix.endsWith("C") && !isKnown(prefix);
  }

  static String withoutClosingMark(String prefix) {
    return isClosing(prefix) ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
