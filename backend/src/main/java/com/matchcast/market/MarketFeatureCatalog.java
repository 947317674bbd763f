package com.matchcast.market;

import com.matchcast.feature.FeatureDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns written by {@link MarketFeatures}, in order. Seasons are those in which the
 * inputs exist in football-data files: Bet365 from 2002-03, the BetBrain average and maximum
 * (then Avg/Max) from 2005-06, Pinnacle from 2012-13, individual bookmakers (Interwetten,
 * William Hill) from 2000-01, handicap prices from 2003-04.
 */
final class MarketFeatureCatalog {

  static final String SOURCE = "pre-match odds";
  private static final String[] OUTCOMES = {"home", "draw", "away"};
  private static final String[] OUTCOME_WORDS = {"a home win", "a draw", "an away win"};

  private MarketFeatureCatalog() {}

  static List<FeatureDefinition> definitions() {
    List<FeatureDefinition> columns = new ArrayList<>();
    outcomeTriple(columns, "market_p_", "market-average price, de-margined multiplicatively", "2005-2006");
    outcomeTriple(columns, "market_shin_p_", "market-average price, de-margined by Shin's method", "2005-2006");
    outcomeTriple(columns, "market_power_p_", "market-average price, de-margined by the power method", "2005-2006");
    outcomeTriple(columns, "pinnacle_p_", "Pinnacle pre-match price, de-margined multiplicatively", "2012-2013");
    outcomeTriple(columns, "bet365_p_", "Bet365 pre-match price, de-margined multiplicatively", "2002-2003");
    columns.add(column("market_overround", "Book sum of 1/price of the market-average 1X2 prices (1.05 = 5% margin)",
        "2005-2006"));
    columns.add(column("pinnacle_overround", "Book sum of 1/price of Pinnacle's pre-match 1X2 prices", "2012-2013"));
    for (int i = 0; i < OUTCOMES.length; i++) {
      columns.add(column("max_avg_price_ratio_" + OUTCOMES[i], "Market-maximum over market-average price for "
          + OUTCOME_WORDS[i] + ": how far the best bookmaker stands from the crowd", "2005-2006"));
    }
    columns.add(column("bookmakers_1x2", "Number of individual bookmakers quoting 1X2 (aggregates excluded)",
        "2000-2001"));
    columns.add(column("bookmaker_p_home_sd", "Standard deviation across individual bookmakers of the "
        + "multiplicatively de-margined home-win probability (two or more bookmakers)", "2000-2001"));
    columns.add(column("market_p_over_2_5", "Probability of three or more goals implied by the market-average "
        + "over/under 2.5 prices, de-margined multiplicatively", "2005-2006"));
    columns.add(column("market_over_under_overround", "Book sum of the market-average over/under 2.5 prices",
        "2005-2006"));
    columns.add(column("asian_handicap_line", "Home team's Asian handicap line (market average, else Pinnacle, "
        + "Bet365 or the first bookmaker quoting one)", "2003-2004"));
    columns.add(column("asian_handicap_p_home", "Probability that the home side covers that handicap line, "
        + "de-margined multiplicatively", "2003-2004"));
    outcomeTriple(columns, "consensus_p_", "mean over individual bookmakers of their multiplicatively "
        + "de-margined prices (aggregates excluded)", "2000-2001");
    return List.copyOf(columns);
  }

  private static void outcomeTriple(List<FeatureDefinition> columns, String prefix, String how, String from) {
    for (int i = 0; i < OUTCOMES.length; i++) {
      columns.add(column(prefix + OUTCOMES[i], "Implied probability of " + OUTCOME_WORDS[i] + " from the " + how,
          from));
    }
  }

  private static FeatureDefinition column(String name, String definition, String availableFrom) {
    return new FeatureDefinition(name, definition, SOURCE, availableFrom);
  }
}
