package com.matchcast.match;

import com.matchcast.matchdata.Market;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One bookmaker's decimal prices for one market of a match, as stored. */
public record Odds(
    long matchId,
    String bookmaker,
    Market market,
    BigDecimal line,
    boolean closing,
    BigDecimal home,
    BigDecimal draw,
    BigDecimal away,
    BigDecimal over,
    BigDecimal under,
    BigDecimal yes,
    BigDecimal no,
    OffsetDateTime collectedAt,
    String source) {

  /**
   * The odds a client asked for on one match: all, or of one market and/or phase. The kick-off
   * tells a replay which of them its clock has reached.
   */
  public record Request(long matchId, Instant kickoff, Market market, Boolean closing) {

    boolean accepts(Odds odds) {
      return odds.matchId() == matchId && (market == null || market == odds.market())
          && (closing == null || closing == odds.closing());
    }
  }
}
