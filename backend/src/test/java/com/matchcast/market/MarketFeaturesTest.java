package com.matchcast.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketFeaturesTest {

  private static final int OFFSET = 2;
  private static final double UNTOUCHED = -7;

  private final MarketFeatures features = new MarketFeatures();

  private static OddsQuote oneXTwo(String bookmaker, String home, String draw, String away) {
    return OddsQuote.oneXTwo(bookmaker, false, new BigDecimal(home), new BigDecimal(draw), new BigDecimal(away), null);
  }

  private static UpcomingMatch match(PreMatchPrices prices) {
    return new UpcomingMatch(0, "E0", "2023-2024", LocalDate.of(2023, 8, 12), null, "Arsenal", "Nott'm Forest",
        "arsenal", "nottm-forest", prices);
  }

  private static final PreMatchPrices PRICES = new PreMatchPrices(List.of(
      oneXTwo("Market Average", "2.00", "3.50", "4.00"),
      oneXTwo("Market Maximum", "2.10", "3.70", "4.40"),
      oneXTwo("Bet365", "2.05", "3.40", "3.90"),
      oneXTwo("Interwetten", "1.95", "3.50", "4.10"),
      OddsQuote.overUnder("Market Average", false, new BigDecimal("3.5"), new BigDecimal("3.00"),
          new BigDecimal("1.40"), null),
      OddsQuote.overUnder("Market Average", false, new BigDecimal("2.5"), new BigDecimal("1.80"),
          new BigDecimal("2.05"), null),
      OddsQuote.asianHandicap("Bet365", false, new BigDecimal("-0.25"), new BigDecimal("1.90"),
          new BigDecimal("2.00"), null),
      OddsQuote.asianHandicap("Market Average", false, new BigDecimal("-0.5"), new BigDecimal("1.95"),
          new BigDecimal("1.90"), null)));

  private double[] describe(PreMatchPrices prices) {
    double[] out = new double[OFFSET + features.definitions().size() + 1];
    Arrays.fill(out, UNTOUCHED);
    features.describe(match(prices), out, OFFSET);
    return out;
  }

  private double value(double[] out, String name) {
    List<String> names = features.definitions().stream().map(FeatureDefinition::name).toList();
    assertThat(names).contains(name);
    return out[OFFSET + names.indexOf(name)];
  }

  @Test
  void writesExactlyItsOwnColumns() {
    double[] out = describe(PRICES);

    assertThat(out[0]).isEqualTo(UNTOUCHED);
    assertThat(out[1]).isEqualTo(UNTOUCHED);
    assertThat(out[out.length - 1]).isEqualTo(UNTOUCHED);
    assertThat(Arrays.stream(out, OFFSET, out.length - 1)).doesNotContain(UNTOUCHED);
  }

  @Test
  void definitionsAreUniqueDocumentedAndDated() {
    List<FeatureDefinition> definitions = features.definitions();

    assertThat(definitions.stream().map(FeatureDefinition::name).distinct().count()).isEqualTo(definitions.size());
    assertThat(definitions).allSatisfy(d -> {
      assertThat(d.name()).matches("[a-z0-9_]+");
      assertThat(d.source()).isEqualTo("pre-match odds");
      assertThat(d.availableFrom()).matches("\\d{4}-\\d{4}");
      assertThat(d.definition()).isNotBlank();
    });
    assertThat(definitions).filteredOn(d -> d.name().startsWith("pinnacle_"))
        .allSatisfy(d -> assertThat(d.availableFrom()).isEqualTo("2012-2013"));
  }

  @Test
  void deMarginsTheMarketAverageBookByEachMethod() {
    double[] out = describe(PRICES);

    assertThat(value(out, "market_p_home")).isCloseTo(0.4827586, within(1e-7));
    assertThat(value(out, "market_p_draw")).isCloseTo(0.2758621, within(1e-7));
    assertThat(value(out, "market_shin_p_home"))
        .isCloseTo(ImpliedProbabilities.of(DemarginMethod.SHIN, 2.0, 3.5, 4.0).probability(0), within(1e-12));
    assertThat(value(out, "market_power_p_away"))
        .isCloseTo(ImpliedProbabilities.of(DemarginMethod.POWER, 2.0, 3.5, 4.0).probability(2), within(1e-12));
    assertThat(value(out, "bet365_p_home"))
        .isCloseTo(ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.05, 3.4, 3.9).probability(0),
            within(1e-12));
    assertThat(value(out, "market_overround")).isCloseTo(1.0357143, within(1e-7));
    assertThat(value(out, "max_avg_price_ratio_away")).isCloseTo(1.1, within(1e-12));
  }

  @Test
  void summarisesIndividualBookmakersWithoutTheAggregates() {
    double[] out = describe(PRICES);
    double bet365 = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 2.05, 3.4, 3.9).probability(0);
    double interwetten = ImpliedProbabilities.of(DemarginMethod.MULTIPLICATIVE, 1.95, 3.5, 4.1).probability(0);

    assertThat(value(out, "bookmakers_1x2")).isEqualTo(2);
    assertThat(value(out, "consensus_p_home")).isCloseTo((bet365 + interwetten) / 2, within(1e-12));
    assertThat(value(out, "bookmaker_p_home_sd")).isCloseTo(Math.abs(bet365 - interwetten) / Math.sqrt(2),
        within(1e-12));
  }

  @Test
  void readsGoalsAtTheTwoAndAHalfLineAndTheAverageHandicap() {
    double[] out = describe(PRICES);

    assertThat(value(out, "market_p_over_2_5")).isCloseTo((1 / 1.8) / (1 / 1.8 + 1 / 2.05), within(1e-12));
    assertThat(value(out, "market_over_under_overround")).isCloseTo(1 / 1.8 + 1 / 2.05, within(1e-12));
    assertThat(value(out, "asian_handicap_line")).isEqualTo(-0.5);
    assertThat(value(out, "asian_handicap_p_home")).isCloseTo((1 / 1.95) / (1 / 1.95 + 1 / 1.9), within(1e-12));
  }

  @Test
  void missingPricesAreNaNNeverZero() {
    double[] none = describe(PreMatchPrices.none());
    assertThat(Arrays.stream(none, OFFSET, none.length - 1)).allMatch(v -> Double.isNaN(v));

    double[] out = describe(PRICES);
    assertThat(value(out, "pinnacle_p_home")).isNaN();
    assertThat(value(out, "pinnacle_overround")).isNaN();
  }

  @Test
  void oneBookmakerGivesACountButNoDispersion() {
    double[] out = describe(new PreMatchPrices(List.of(oneXTwo("Interwetten", "1.95", "3.50", "4.10"))));

    assertThat(value(out, "bookmakers_1x2")).isEqualTo(1);
    assertThat(value(out, "bookmaker_p_home_sd")).isNaN();
    assertThat(value(out, "market_p_home")).isNaN();
    assertThat(value(out, "asian_handicap_line")).isNaN();
  }

  @Test
  void learningFromResultsChangesNothing() {
    double[] before = describe(PRICES);
    features.learn(match(PRICES), new MatchOutcome(0, 5, 0, 3, null));

    assertThat(describe(PRICES)).containsExactly(before);
  }

  @Test
  void closingPricesCannotReachTheFeatures() {
    OddsQuote closing = OddsQuote.oneXTwo("Pinnacle", true, new BigDecimal("1.50"), new BigDecimal("4.00"),
        new BigDecimal("7.00"), null);

    assertThatThrownBy(() -> new PreMatchPrices(List.of(closing))).isInstanceOf(IllegalArgumentException.class);
    for (Method method : MarketFeatures.class.getDeclaredMethods()) {
      assertThat(method.getParameterTypes()).as(method.getName())
          .doesNotContain(ClosingPrices.class, TimelineMatch.class);
    }
  }
}
