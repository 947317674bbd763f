package com.matchcast.serving;

import com.matchcast.events.MatchcastEvent;
import com.matchcast.prediction.Prediction;
import java.time.Instant;

/**
 * The prices of an upcoming match changed, as the serving clock sees them: new quotes arrived
 * (pre-match, then closing in the last minutes before kick-off). Pushed to oddsMoved subscribers
 * whether or not the move was large enough to forecast the match again.
 *
 * @param market   the de-margined market now, null when the new quotes give no 1X2 view
 * @param previous the market before the move, null for a match's first prices
 * @param closing  true once closing prices are among the quotes
 * @param quotes   how many bookmaker quotes (all markets) the match has now
 * @param at       the serving clock's time (simulated when replaying)
 */
public record OddsMoved(long matchId, String league, String homeTeam, String awayTeam, Prediction.MarketView market,
    Prediction.MarketView previous, boolean closing, int quotes, Instant at) implements MatchcastEvent {

  /** The largest change of one outcome's market probability, in percentage points; NaN for first prices. */
  public double largestMove() {
    if (market == null || previous == null) {
      return Double.NaN;
    }
    return 100 * Math.max(Math.abs(market.homeWin() - previous.homeWin()),
        Math.max(Math.abs(market.draw() - previous.draw()), Math.abs(market.awayWin() - previous.awayWin())));
  }
}
