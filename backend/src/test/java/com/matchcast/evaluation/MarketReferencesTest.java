package com.matchcast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.matchdata.OddsQuote;
import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketReferencesTest {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static final PreMatchPrices PRE_MATCH = new PreMatchPrices(List.of(
      OddsQuote.oneXTwo("Market Average", false, d("2.00"), d("3.50"), d("4.00"), null),
      OddsQuote.oneXTwo("Bet365", false, d("2.10"), d("3.40"), d("3.75"), null),
      OddsQuote.overUnder("Market Average", false, d("3.5"), d("3.00"), d("1.40"), null),
      OddsQuote.overUnder("Market Average", false, d("2.5"), d("1.80"), d("2.05"), null)));
  private static final ClosingPrices CLOSING = new ClosingPrices(List.of(
      OddsQuote.oneXTwo("Pinnacle", true, d("1.90"), d("3.60"), d("4.30"), null),
      OddsQuote.bothTeamsToScore("Pinnacle", true, d("1.70"), d("2.15"), null)));

  @Test
  void buildsAReferenceForEveryMarketThatWasPriced() {
    List<MarketReference> references = MarketReferences.of(PRE_MATCH, CLOSING);

    assertThat(references).extracting(MarketReference::source)
        .containsExactly(ReferenceSource.AVG, ReferenceSource.B365, ReferenceSource.PSC);
  }

  @Test
  void deMarginsMultiplicativelyAndReadsGoalsAtTwoAndAHalf() {
    MarketReference average = MarketReferences.of(PRE_MATCH, CLOSING).get(0);

    assertThat(average.oneXTwo()).containsExactly(new double[] {0.4827586, 0.2758621, 0.2413793}, within(1e-7));
    assertThat(average.pOver25()).isCloseTo((1 / 1.8) / (1 / 1.8 + 1 / 2.05), within(1e-12));
    assertThat(average.pBothTeamsScore()).isNaN();
  }

  @Test
  void closingReferencesComeFromClosingPricesOnly() {
    MarketReference pinnacleClosing = MarketReferences.of(PRE_MATCH, CLOSING).get(2);

    assertThat(pinnacleClosing.source().label()).isEqualTo("PSC");
    assertThat(pinnacleClosing.oneXTwo()[0]).isCloseTo((1 / 1.9) / (1 / 1.9 + 1 / 3.6 + 1 / 4.3), within(1e-12));
    assertThat(pinnacleClosing.pOver25()).isNaN();
    assertThat(pinnacleClosing.pBothTeamsScore()).isCloseTo((1 / 1.7) / (1 / 1.7 + 1 / 2.15), within(1e-12));
    assertThat(MarketReferences.of(PRE_MATCH, null)).extracting(MarketReference::source)
        .doesNotContain(ReferenceSource.PSC, ReferenceSource.AVG_CLOSING);
  }

  @Test
  void evaluatedMatchTakesItsOutcomeAndReferencesFromTheTimeline() {
    UpcomingMatch upcoming = new UpcomingMatch(3, "E0", "2023-2024", LocalDate.of(2023, 8, 12), null, "Arsenal",
        "Nott'm Forest", "arsenal", "nottm-forest", PRE_MATCH);
    TimelineMatch played = new TimelineMatch(upcoming, new MatchOutcome(2, 1, 1, 0, null), CLOSING);

    EvaluatedMatch match = EvaluatedMatch.of(played, new double[] {0.5, 0.3, 0.2}, 0.55, Double.NaN);

    assertThat(match.result()).isEqualTo(MatchOutcome.HOME_WIN);
    assertThat(match.totalGoals()).isEqualTo(3);
    assertThat(match.bothTeamsScored()).isTrue();
    assertThat(match.reference(ReferenceSource.PSC)).isPresent();
    assertThat(match.reference(ReferenceSource.PS)).isEmpty();
  }
}
