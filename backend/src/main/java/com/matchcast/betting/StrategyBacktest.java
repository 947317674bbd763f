package com.matchcast.betting;

import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plays strategies over played matches in date order with the walk-forward's forecasts. Each
 * match day, picks are made from the forecast and the pre-match prices alone and staked from the
 * bankroll as it stood before that day; the day's bets are then settled by the results, and the
 * closing prices give each bet its closing-line value. Closing prices and results reach nothing
 * that decides or sizes a bet.
 */
public final class StrategyBacktest {

  private final double kellyFraction;
  private final double startingBankroll;
  private final long seed;

  public StrategyBacktest(double kellyFraction, double startingBankroll, long seed) {
    this.kellyFraction = kellyFraction;
    this.startingBankroll = startingBankroll;
    this.seed = seed;
  }

  /** A match the backtest can bet on: its forecast, pre-match and closing books, and result. */
  public record BettableMatch(LocalDate date, ModelProbabilities forecast, List<Book> preMatch, List<Book> closing,
      int homeGoals, int awayGoals) {

    /**
     * The match as if only this bookmaker could be bet with: its pre-match books, and the market
     * average, which stays the consensus. A way to see whether an edge survives outside the maximum
     * price across dozens of bookmakers, some of which a winning bettor cannot use for long.
     */
    public BettableMatch pricedBy(String bookmaker) {
      List<Book> kept = preMatch.stream().filter(b -> b.bookmaker().equals(bookmaker)
          || b.bookmaker().equals(com.matchcast.market.Bookmakers.MARKET_AVERAGE)).toList();
      return new BettableMatch(date, forecast, kept, closing, homeGoals, awayGoals);
    }

    /** Empty books when the stored match has none; null when it is not played or has no forecast. */
    public static BettableMatch of(TimelineMatch match, ModelProbabilities forecast) {
      MatchOutcome outcome = match.outcome();
      if (outcome == null || forecast == null) {
        return null;
      }
      UpcomingMatch upcoming = match.upcoming();
      return new BettableMatch(upcoming.date(), forecast, Book.of(upcoming.prices().quotes()),
          match.closing() == null ? List.of() : Book.of(match.closing().quotes()), outcome.homeGoals(),
          outcome.awayGoals());
    }
  }

  /** Each strategy's performance, in the order given. */
  public Map<Strategy, Performance> run(List<Strategy> strategies, List<BettableMatch> matches) {
    TreeMap<LocalDate, List<BettableMatch>> days = byDay(matches);
    Map<Strategy, Performance> results = new LinkedHashMap<>();
    for (Strategy strategy : strategies) {
      results.put(strategy, Performance.of(bets(strategy, days), startingBankroll, seed));
    }
    return results;
  }

  /** The strategy's bets over these matches, in settlement order. */
  public List<SettledBet> bets(Strategy strategy, List<BettableMatch> matches) {
    return bets(strategy, byDay(matches));
  }

  /** The performance of some of a strategy's bets (one market's, say), on the same starting bankroll and seed. */
  public Performance performance(List<SettledBet> bets) {
    return Performance.of(bets, startingBankroll, seed);
  }

  private static TreeMap<LocalDate, List<BettableMatch>> byDay(List<BettableMatch> matches) {
    TreeMap<LocalDate, List<BettableMatch>> days = new TreeMap<>();
    for (BettableMatch match : matches) {
      days.computeIfAbsent(match.date(), d -> new ArrayList<>()).add(match);
    }
    return days;
  }

  private List<SettledBet> bets(Strategy strategy, TreeMap<LocalDate, List<BettableMatch>> days) {
    List<SettledBet> bets = new ArrayList<>();
    double bankroll = startingBankroll;
    for (Map.Entry<LocalDate, List<BettableMatch>> day : days.entrySet()) {
      double bankrollBeforeDay = bankroll;
      for (BettableMatch match : day.getValue()) {
        for (ValueEdge pick : strategy.picks(ValueBoard.edges(match.forecast(), match.preMatch(), kellyFraction))) {
          double stake = strategy.stake(pick, bankrollBeforeDay, startingBankroll);
          if (stake <= 0) {
            continue;
          }
          SettledBet bet = SettledBet.of(day.getKey(), pick.selection(), pick.bestPrice(), stake,
              pick.selection().wins(match.homeGoals(), match.awayGoals()),
              ClosingLine.probability(pick.selection(), match.closing()));
          bets.add(bet);
          bankroll += bet.profit();
        }
      }
    }
    return bets;
  }
}
