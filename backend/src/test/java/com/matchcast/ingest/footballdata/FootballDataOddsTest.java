package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.match;
import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every era's odds columns become quotes; impossible prices are dropped and reported. */
class FootballDataOddsTest {

  @Test
  void modernFilesGiveEveryBookmakersPreMatchAndClosingQuotes() {
    MatchRecord match = match(parse("E0_2023-2024_modern.csv", "E0", "2023-2024"), "Burnley");

    List<String> bookmakers = List.of("Bet365", "Bet&Win", "Interwetten", "Pinnacle", "William Hill", "VC Bet",
        "Market Maximum", "Market Average");
    assertThat(quotes(match, Market.ONE_X_TWO, false)).extracting(OddsQuote::bookmaker)
        .containsExactlyElementsOf(bookmakers);
    assertThat(quotes(match, Market.ONE_X_TWO, true)).extracting(OddsQuote::bookmaker)
        .containsExactlyElementsOf(bookmakers);
    assertThat(quote(match, "Pinnacle", Market.ONE_X_TWO, false))
        .isEqualTo(OddsQuote.oneXTwo("Pinnacle", false, price("8.15"), price("5.5"), price("1.18"), null));
    assertThat(quote(match, "VC Bet", Market.ONE_X_TWO, true))
        .isEqualTo(OddsQuote.oneXTwo("VC Bet", true, price("7.75"), price("5.6"), price("1.58"), null));
    assertThat(match.odds()).hasSize(32).allSatisfy(q -> assertThat(q.collectedAt()).isNull());
  }

  @Test
  void modernOverUnderQuotesIncludePinnacleAndClosingPrices() {
    MatchRecord match = match(parse("E0_2023-2024_modern.csv", "E0", "2023-2024"), "Burnley");

    assertThat(quotes(match, Market.OVER_UNDER, false)).extracting(OddsQuote::bookmaker)
        .containsExactly("Bet365", "Pinnacle", "Market Maximum", "Market Average");
    assertThat(quote(match, "Pinnacle", Market.OVER_UNDER, true))
        .isEqualTo(OddsQuote.overUnder("Pinnacle", true, price("2.5"), price("1.8"), price("2.1"), null));
  }

  @Test
  void modernAsianHandicapsUseThePreMatchAndTheClosingLine() {
    SourceBatch batch = parse("E0_2023-2024_modern.csv", "E0", "2023-2024");
    MatchRecord match = match(batch, "Burnley");

    assertThat(quote(match, "Bet365", Market.ASIAN_HANDICAP, false))
        .isEqualTo(OddsQuote.asianHandicap("Bet365", false, price("-0.5"), price("1.95"), price("1.95"), null));
    assertThat(quote(match, "Market Maximum", Market.ASIAN_HANDICAP, true))
        .isEqualTo(OddsQuote.asianHandicap("Market Maximum", true, price("-0.75"), price("2.08"), price("1.95"), null));
    assertThat(quotes(match(batch, "Brentford"), Market.ASIAN_HANDICAP, true)).extracting(OddsQuote::bookmaker)
        .as("a quote with a missing price is left out, not rejected")
        .containsExactly("Bet365", "Pinnacle", "Market Average");
    assertThat(batch.rejects()).isEmpty();
  }

  @Test
  void betBrainEraGivesMaximumAverageAndPinnacleClosing() {
    MatchRecord match = match(parse("T1_2013-2014_junk.csv", "T1", "2013-2014"), "Akhisar Belediyespor");

    assertThat(quote(match, "Market Maximum", Market.ONE_X_TWO, false))
        .isEqualTo(OddsQuote.oneXTwo("Market Maximum", false, price("3.2"), price("3.63"), price("2.5"), null));
    assertThat(quote(match, "Market Average", Market.OVER_UNDER, false))
        .isEqualTo(OddsQuote.overUnder("Market Average", false, price("2.5"), price("1.69"), price("2.13"), null));
    assertThat(quote(match, "Market Maximum", Market.ASIAN_HANDICAP, false))
        .isEqualTo(OddsQuote.asianHandicap("Market Maximum", false, price("0.25"), price("1.95"), price("1.99"), null));
    assertThat(quote(match, "Pinnacle", Market.ONE_X_TWO, true).home()).isEqualByComparingTo("4.13");
    assertThat(quotes(match, Market.ONE_X_TWO, false)).extracting(OddsQuote::bookmaker).containsExactly("Bet365",
        "Bet&Win", "Interwetten", "Ladbrokes", "Pinnacle", "William Hill", "Stan James", "VC Bet", "Market Maximum",
        "Market Average");
  }

  @Test
  void earlyHandicapsCarryEachBookmakersOwnLine() {
    SourceBatch batch = parse("E0_2004-2005_latin1.csv", "E0", "2004-2005");
    MatchRecord villa = match(batch, "Aston Villa");

    assertThat(quotes(villa, Market.ASIAN_HANDICAP, false)).containsExactly(
        OddsQuote.asianHandicap("Gamebookers", false, price("-0.25"), price("1.7"), price("2.05"), null),
        OddsQuote.asianHandicap("Ladbrokes", false, price("-0.5"), price("2.02"), price("1.82"), null),
        OddsQuote.asianHandicap("Bet365", false, price("-0.5"), price("2"), price("1.9"), null));
    assertThat(quotes(villa, Market.OVER_UNDER, false)).extracting(OddsQuote::bookmaker)
        .containsExactly("Gamebookers", "Bet365");
    assertThat(quotes(villa, Market.ONE_X_TWO, false)).hasSize(7);
  }

  @Test
  void splitHandicapLinesAreTheQuarterLineAndImpossibleLinesAreReported() {
    SourceBatch batch = parse("E0_2004-2005_latin1.csv", "E0", "2004-2005");

    assertThat(quote(match(batch, "Blackburn"), "Bet365", Market.ASIAN_HANDICAP, false).line())
        .isEqualByComparingTo("-0.75");
    assertThat(quotes(match(batch, "Middlesbrough"), Market.ASIAN_HANDICAP, false)).extracting(OddsQuote::bookmaker)
        .containsExactly("Gamebookers", "Bet365");
    assertThat(batch.records()).hasSize(3);
    assertThat(batch.rejects()).extracting(r -> r.location() + " " + r.reason()).containsExactly(
        "E0_2004-2005_latin1.csv:3 implausible handicap line: GBAH -1 1/4",
        "E0_2004-2005_latin1.csv:4 implausible handicap line: LBAH 1.28");
  }

  @Test
  void bareLadbrokesHeadersAreReadAsItsHomeDrawAwayPrices() {
    MatchRecord match = parse("D2_2004-2005_ladbrokes.csv", "D2", "2004-2005").records().get(0);

    assertThat(quote(match, "Ladbrokes", Market.ONE_X_TWO, false))
        .isEqualTo(OddsQuote.oneXTwo("Ladbrokes", false, price("2.25"), price("3.2"), price("2.75"), null));
    assertThat(quotes(match, Market.ONE_X_TWO, false)).hasSize(7);
  }

  @Test
  void priceNotAboveOneIsDroppedAndReportedWhileTheMatchIsKept() {
    SourceBatch batch = parse("E0_2023-2024_invalid.csv", "E0", "2023-2024");

    MatchRecord everton = match(batch, "Everton");
    assertThat(everton.odds()).extracting(OddsQuote::bookmaker).containsExactly("Market Maximum");
    assertThat(batch.rejects()).filteredOn(r -> r.location().endsWith(":14")).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("price not above 1.0: B365H 1.0"));
  }

  @Test
  void implausibleOverroundIsDroppedAndReportedWhileTheMatchIsKept() {
    SourceBatch batch = parse("E0_2023-2024_invalid.csv", "E0", "2023-2024");

    assertThat(match(batch, "Sheffield United").odds()).extracting(OddsQuote::bookmaker)
        .containsExactly("Market Maximum");
    assertThat(batch.rejects()).filteredOn(r -> r.location().endsWith(":15")).singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("implausible 1X2 overround: B365H/B365D/B365A"));
  }

  private static List<OddsQuote> quotes(MatchRecord match, Market market, boolean closing) {
    return match.odds().stream().filter(q -> q.market() == market && q.closing() == closing).toList();
  }

  private static OddsQuote quote(MatchRecord match, String bookmaker, Market market, boolean closing) {
    return quotes(match, market, closing).stream().filter(q -> q.bookmaker().equals(bookmaker)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + bookmaker + " " + market + " quote"));
  }

  private static BigDecimal price(String text) {
    return new BigDecimal(text);
  }
}
