package com.matchcast.betting;

import java.time.LocalDate;

/**
 * One pick after its match: what was staked at what price, what it returned, and its closing-line
 * value.
 *
 * @param profit the return net of the stake: stake·(price − 1) when won, −stake when lost
 * @param clv    closing-line value: price taken times the margin-free closing probability, minus 1;
 *               NaN when the match has no closing price for the market
 */
public record SettledBet(LocalDate date, Selection selection, double price, double stake, boolean won, double profit,
    double clv) {

  public static SettledBet of(LocalDate date, Selection selection, double price, double stake, boolean won,
      double closingProbability) {
    return new SettledBet(date, selection, price, stake, won, won ? stake * (price - 1) : -stake,
        ClosingLine.value(price, closingProbability));
  }
}
