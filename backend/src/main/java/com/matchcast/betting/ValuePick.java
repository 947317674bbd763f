package com.matchcast.betting;

import java.time.Instant;

/**
 * One pick of the live ledger: what a strategy backed, at what price, when; and once the match is
 * over, the closing price, the closing-line value and what the paper stake returned.
 *
 * @param stake             units of the strategy's paper bankroll, which starts at 100
 * @param closingPrice      the best closing price of the selection; null while open or when none was quoted
 * @param closingProbability the margin-free closing probability; null while open or when no closing price is known
 * @param clv               price taken times the closing probability, minus 1
 * @param profit            null while open; 0 for a void pick
 */
public record ValuePick(long id, String strategy, long matchId, String league, Selection selection, long predictionId,
    double modelProbability, double marketProbability, double price, String bookmaker, double edge, double stake,
    Instant pickedAt, Status status, Double closingPrice, Double closingProbability, Double clv, Double profit,
    Instant settledAt) {

  /** Where a pick stands. */
  public enum Status { OPEN, WON, LOST, VOID }

  /** A new, open pick. */
  public static ValuePick open(Strategy strategy, long matchId, String league, long predictionId, ValueEdge pick,
      double stake, Instant pickedAt) {
    return new ValuePick(0, strategy.name(), matchId, league, pick.selection(), predictionId, pick.modelProbability(),
        pick.marketProbability(), pick.bestPrice(), pick.bestBookmaker(), pick.edge(), stake, pickedAt, Status.OPEN,
        null, null, null, null, null);
  }

  /** The pick settled by the final score, with the closing prices known at kick-off. */
  public ValuePick settled(int homeGoals, int awayGoals, Double closingPrice, double closingProbability,
      Instant at) {
    boolean won = selection.wins(homeGoals, awayGoals);
    double clvValue = ClosingLine.value(price, closingProbability);
    return new ValuePick(id, strategy, matchId, league, selection, predictionId, modelProbability, marketProbability,
        price, bookmaker, edge, stake, pickedAt, won ? Status.WON : Status.LOST, closingPrice,
        Double.isNaN(closingProbability) ? null : closingProbability, Double.isNaN(clvValue) ? null : clvValue,
        won ? stake * (price - 1) : -stake, at);
  }

  /**
   * The pick as it stood at {@code now}: a replay started again finds picks an earlier run settled
   * at a later moment of its clock, and their results are not known yet.
   */
  public ValuePick asOf(Instant now) {
    if (settledAt == null || !settledAt.isAfter(now)) {
      return this;
    }
    return new ValuePick(id, strategy, matchId, league, selection, predictionId, modelProbability, marketProbability,
        price, bookmaker, edge, stake, pickedAt, Status.OPEN, null, null, null, null, null);
  }

  /** The pick of a match that was not played: the stake comes back. */
  public ValuePick voided(Instant at) {
    return new ValuePick(id, strategy, matchId, league, selection, predictionId, modelProbability, marketProbability,
        price, bookmaker, edge, stake, pickedAt, Status.VOID, null, null, null, 0.0, at);
  }
}
