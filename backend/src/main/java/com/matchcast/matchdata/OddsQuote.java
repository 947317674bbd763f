package com.matchcast.matchdata;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One bookmaker's prices for one market of a match, in decimal odds. Only the prices of the
 * quote's market are set; the rest are null. {@code closing} marks the last prices before
 * kick-off, as opposed to pre-match prices taken earlier. {@code collectedAt} is UTC, or null
 * when the source does not say when the prices were taken.
 */
public record OddsQuote(
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
    LocalDateTime collectedAt) {

  public static OddsQuote oneXTwo(String bookmaker, boolean closing, BigDecimal home, BigDecimal draw,
      BigDecimal away, LocalDateTime collectedAt) {
    return new OddsQuote(bookmaker, Market.ONE_X_TWO, null, closing, home, draw, away, null, null, null, null, collectedAt);
  }

  public static OddsQuote overUnder(String bookmaker, boolean closing, BigDecimal line, BigDecimal over,
      BigDecimal under, LocalDateTime collectedAt) {
    return new OddsQuote(bookmaker, Market.OVER_UNDER, line, closing, null, null, null, over, under, null, null, collectedAt);
  }

  public static OddsQuote asianHandicap(String bookmaker, boolean closing, BigDecimal homeLine, BigDecimal home,
      BigDecimal away, LocalDateTime collectedAt) {
    return new OddsQuote(bookmaker, Market.ASIAN_HANDICAP, homeLine, closing, home, null, away, null, null, null, null, collectedAt);
  }

  public static OddsQuote bothTeamsToScore(String bookmaker, boolean closing, BigDecimal yes, BigDecimal no,
      LocalDateTime collectedAt) {
    return new OddsQuote(bookmaker, Market.BTTS, null, closing, null, null, null, null, null, yes, no, collectedAt);
  }
}
