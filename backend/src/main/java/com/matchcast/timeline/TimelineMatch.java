package com.matchcast.timeline;

/**
 * One match of a timeline: what was known before it, and, once played, its outcome and its
 * closing prices (kept apart so that they can be handed to evaluation only).
 *
 * @param outcome null for a match not yet played
 * @param closing closing prices, for evaluation only
 */
public record TimelineMatch(UpcomingMatch upcoming, MatchOutcome outcome, ClosingPrices closing) {

  public boolean isPlayed() {
    return outcome != null;
  }
}
