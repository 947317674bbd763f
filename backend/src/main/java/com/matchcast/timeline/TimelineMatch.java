package com.matchcast.timeline;

/**
 * One match of a timeline: what was known before it, and, once played, its outcome and its
 * closing prices (kept apart so that they can be handed to evaluation only).
 *
 * @param outcome null for a match not yet played
 * @param closing closing prices, for evaluation only
 */
public record TimelineMatch(UpcomingMatch upcoming, MatchOutcome outcome, ClosingPrices closing) {

  /** The same match at another position of a timeline. */
  public TimelineMatch at(int index) {
    if (index == upcoming.index()) {
      return this;
    }
    UpcomingMatch u = upcoming;
    return new TimelineMatch(new UpcomingMatch(index, u.division(), u.season(), u.date(), u.kickoffUtc(), u.homeTeam(),
        u.awayTeam(), u.homeClub(), u.awayClub(), u.prices()), outcome, closing);
  }

  public boolean isPlayed() {
    return outcome != null;
  }
}
