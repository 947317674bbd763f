package com.matchcast.timeline;

import com.matchcast.matchdata.OddsQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The prices a forecast made at kick-off sees: for every bookmaker, market and line, its closing
 * quote where the source kept one, otherwise its earlier pre-match quote (seasons before 2019-20
 * have no closing columns, so a kick-off forecast of those matches saw the pre-match prices).
 *
 * <p>This is the view of the service's last prediction before kick-off, which the ledger scores.
 * A backtest of that forecast must train on the same view, so the whole timeline is mapped, not
 * only the forecast matches. The quotes keep {@code closing = false} inside {@link PreMatchPrices}
 * because here they are what the forecast was given; the untouched {@link TimelineMatch#closing()}
 * still serves as the closing reference in evaluation, and the original timeline's pre-match
 * prices as the pre-match reference.
 */
public final class KickoffPrices {

  private KickoffPrices() {}

  /** Every match of the timeline with the prices it had at kick-off; outcome and closing prices as they were. */
  public static List<TimelineMatch> atKickoff(List<TimelineMatch> timeline) {
    List<TimelineMatch> seen = new ArrayList<>(timeline.size());
    for (TimelineMatch match : timeline) {
      seen.add(atKickoff(match));
    }
    return seen;
  }

  public static TimelineMatch atKickoff(TimelineMatch match) {
    if (match.closing() == null || match.closing().quotes().isEmpty()) {
      return match;
    }
    UpcomingMatch u = match.upcoming();
    UpcomingMatch atKickoff = new UpcomingMatch(u.index(), u.division(), u.season(), u.date(), u.kickoffUtc(),
        u.homeTeam(), u.awayTeam(), u.homeClub(), u.awayClub(), latest(u.prices(), match.closing()));
    return new TimelineMatch(atKickoff, match.outcome(), match.closing());
  }

  /** Pre-match quotes in their order, each replaced by the same book's closing quote when there is one. */
  static PreMatchPrices latest(PreMatchPrices preMatch, ClosingPrices closing) {
    Map<String, OddsQuote> byBook = new LinkedHashMap<>();
    for (OddsQuote q : preMatch.quotes()) {
      byBook.put(key(q), q);
    }
    for (OddsQuote q : closing.quotes()) {
      byBook.put(key(q), new OddsQuote(q.bookmaker(), q.market(), q.line(), false, q.home(), q.draw(), q.away(),
          q.over(), q.under(), q.yes(), q.no(), q.collectedAt()));
    }
    return new PreMatchPrices(List.copyOf(byBook.values()));
  }

  /** Asian handicap lines move between pre-match and closing: one quote per book and market, the latest line. */
  private static String key(OddsQuote q) {
    String line = q.market() == com.matchcast.matchdata.Market.ASIAN_HANDICAP ? "" : Objects.toString(q.line(), "");
    return q.bookmaker() + "|" + q.market() + "|" + line;
  }
}
