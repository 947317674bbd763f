package com.matchcast.match;

import com.matchcast.matchdata.Market;
import java.math.BigDecimal;
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

  /** The odds a client asked for on one match: all, or of one market and/or phase. */
  public record Request(long matchId, Market market, Boolean closing) {

    boolean accepts(Odds odds) {
      return odds.matchId() == matchId && (market == null || market == odds.market())
          && (closing == null || closing == odds.closing());
    }
  }
}
