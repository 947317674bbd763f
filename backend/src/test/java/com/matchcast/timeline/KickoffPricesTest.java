package com.matchcast.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A kick-off forecast sees each book's last price: closing where kept, else pre-match. */
class KickoffPricesTest {

  private static final OddsQuote AVG = OddsQuote.oneXTwo("Market Average", false, d("2.10"), d("3.40"), d("3.60"), null);
  private static final OddsQuote B365 = OddsQuote.oneXTwo("Bet365", false, d("2.05"), d("3.50"), d("3.70"), null);
  private static final OddsQuote AH = OddsQuote.asianHandicap("Market Average", false, d("-0.25"), d("1.95"), d("1.95"), null);
  private static final OddsQuote AVG_CLOSING = OddsQuote.oneXTwo("Market Average", true, d("1.80"), d("3.70"), d("4.60"), null);
  private static final OddsQuote AH_CLOSING = OddsQuote.asianHandicap("Market Average", true, d("-0.75"), d("2.02"), d("1.88"), null);

  @Test
  void eachBookKeepsItsLatestQuoteAndTheHandicapItsClosingLine() {
    TimelineMatch stored = match(List.of(AVG, B365, AH), List.of(AVG_CLOSING, AH_CLOSING));

    TimelineMatch seen = KickoffPrices.atKickoff(stored);

    assertThat(seen.upcoming().prices().quotes()).containsExactly(
        OddsQuote.oneXTwo("Market Average", false, d("1.80"), d("3.70"), d("4.60"), null),
        B365,
        OddsQuote.asianHandicap("Market Average", false, d("-0.75"), d("2.02"), d("1.88"), null));
    assertThat(seen.closing()).isEqualTo(stored.closing());
    assertThat(seen.outcome()).isEqualTo(stored.outcome());
    assertThat(seen.upcoming().index()).isEqualTo(7);
  }

  @Test
  void aMatchWithoutClosingPricesIsSeenWithItsPreMatchPrices() {
    TimelineMatch stored = match(List.of(AVG, B365), List.of());

    assertThat(KickoffPrices.atKickoff(stored)).isSameAs(stored);
  }

  @Test
  void aBookPricedOnlyAtTheCloseIsSeenToo() {
    TimelineMatch stored = match(List.of(B365), List.of(AVG_CLOSING));

    assertThat(KickoffPrices.atKickoff(stored).upcoming().prices().quote("Market Average",
        com.matchcast.matchdata.Market.ONE_X_TWO)).get().extracting(OddsQuote::home).isEqualTo(d("1.80"));
  }

  private static TimelineMatch match(List<OddsQuote> preMatch, List<OddsQuote> closing) {
    UpcomingMatch upcoming = new UpcomingMatch(7, "E0", "2324", LocalDate.of(2023, 8, 12), null, "Arsenal",
        "Nott'm Forest", "arsenal", "nottm-forest", new PreMatchPrices(preMatch));
    return new TimelineMatch(upcoming, new MatchOutcome(2, 1, 2, 0, null), new ClosingPrices(closing));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }
}
