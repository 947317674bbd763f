package com.matchcast.market;

import java.util.Set;

/**
 * Bookmaker names as the football-data parser stores them. The two aggregates are not
 * bookmakers: "Market Average" is BetBrain's average (BbAv, 2005-2019) or the market average
 * (Avg, 2019 on), "Market Maximum" the best price across bookmakers (BbMx, Max).
 */
public final class Bookmakers {

  public static final String MARKET_AVERAGE = "Market Average";
  public static final String MARKET_MAXIMUM = "Market Maximum";
  public static final String PINNACLE = "Pinnacle";
  public static final String BET365 = "Bet365";

  private static final Set<String> AGGREGATES = Set.of(MARKET_AVERAGE, MARKET_MAXIMUM);

  private Bookmakers() {}

  /** True for the average and maximum columns, which summarise many bookmakers. */
  public static boolean isAggregate(String bookmaker) {
    return AGGREGATES.contains(bookmaker);
  }
}
