/**
 * The betting view: where the model's probabilities disagree with the prices on offer, how much
 * a fractional-Kelly bettor would stake on that, the strategies that turn disagreements into
 * picks, their walk-forward backtest, and the live ledger of picks with closing-line value and a
 * paper bankroll per strategy. Nothing here places a bet; it measures whether the model's
 * disagreements with the market were worth anything.
 */
package com.matchcast.betting;
