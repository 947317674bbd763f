package com.matchcast.betting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.market.Bookmakers;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edges and Kelly stakes of one match, worked out by hand from the stated prices. */
class ValueBoardTest {

  private static final double EXACT = 1e-12;
  private static final ModelProbabilities MODEL = new ModelProbabilities(0.52, 0.26, 0.22, 0.55);

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static final List<OddsQuote> QUOTES = List.of(
      OddsQuote.oneXTwo("Bet365", false, d("2.00"), d("3.50"), d("3.80"), null),
      OddsQuote.oneXTwo(Bookmakers.PINNACLE, false, d("2.10"), d("3.40"), d("3.60"), null),
      OddsQuote.oneXTwo(Bookmakers.MARKET_AVERAGE, false, d("2.05"), d("3.45"), d("3.70"), null),
      OddsQuote.overUnder("Bet365", false, d("2.5"), d("1.90"), d("1.95"), null),
      OddsQuote.overUnder(Bookmakers.PINNACLE, false, d("2.5"), d("1.95"), d("1.92"), null),
      // another line: not the 2.5 goals market, so never the best price
      OddsQuote.overUnder(Bookmakers.PINNACLE, false, d("3.5"), d("3.10"), d("1.40"), null));

  private static ValueEdge edge(List<ValueEdge> edges, Selection selection) {
    return edges.stream().filter(e -> e.selection() == selection).findFirst().orElseThrow();
  }

  @Test
  void homeWinIsPricedAgainstTheBestPriceAndTheDemarginedAverage() {
    List<ValueEdge> edges = ValueBoard.edges(MODEL, Book.of(QUOTES), 0.25);
    ValueEdge home = edge(edges, Selection.HOME_WIN);
    double averageBook = 1 / 2.05 + 1 / 3.45 + 1 / 3.70;
    assertThat(home.bestPrice()).isEqualTo(2.10);
    assertThat(home.bestBookmaker()).isEqualTo(Bookmakers.PINNACLE);
    assertThat(home.edge()).isCloseTo(0.52 * 2.10 - 1, within(EXACT)); // 0.092
    assertThat(home.marketProbability()).isCloseTo((1 / 2.05) / averageBook, within(EXACT));
    assertThat(home.marketEdge()).isCloseTo(0.52 - (1 / 2.05) / averageBook, within(EXACT));
    // full Kelly 0.092 / 1.10 = 0.083636..., a quarter of it
    assertThat(home.kellyStake()).isCloseTo(0.25 * 0.092 / 1.10, within(EXACT));
  }

  @Test
  void selectionsWithoutAnEdgeGetNoStake() {
    List<ValueEdge> edges = ValueBoard.edges(MODEL, Book.of(QUOTES), 0.25);
    ValueEdge draw = edge(edges, Selection.DRAW);
    assertThat(draw.bestPrice()).isEqualTo(3.50);
    assertThat(draw.bestBookmaker()).isEqualTo("Bet365");
    assertThat(draw.edge()).isCloseTo(0.26 * 3.50 - 1, within(EXACT)); // -0.09
    assertThat(draw.kellyStake()).isZero();
    assertThat(edge(edges, Selection.AWAY_WIN).edge()).isCloseTo(0.22 * 3.80 - 1, within(EXACT));
  }

  @Test
  void overUnderUsesTheTwoAndAHalfLineAndTheBookmakersMeanWithoutAnAverage() {
    List<ValueEdge> edges = ValueBoard.edges(MODEL, Book.of(QUOTES), 0.25);
    ValueEdge over = edge(edges, Selection.OVER_2_5);
    ValueEdge under = edge(edges, Selection.UNDER_2_5);
    double bet365Over = (1 / 1.90) / (1 / 1.90 + 1 / 1.95);
    double pinnacleOver = (1 / 1.95) / (1 / 1.95 + 1 / 1.92);
    assertThat(over.bestPrice()).isEqualTo(1.95);
    assertThat(over.marketProbability()).isCloseTo((bet365Over + pinnacleOver) / 2, within(EXACT));
    assertThat(over.edge()).isCloseTo(0.55 * 1.95 - 1, within(EXACT)); // 0.0725
    assertThat(over.kellyStake()).isCloseTo(0.25 * 0.0725 / 0.95, within(EXACT));
    assertThat(under.bestPrice()).isEqualTo(1.95);
    assertThat(under.modelProbability()).isCloseTo(0.45, within(EXACT));
    assertThat(under.marketProbability()).isCloseTo(1 - (bet365Over + pinnacleOver) / 2, within(EXACT));
    assertThat(edges).hasSize(5);
  }

  @Test
  void aMarketNobodyPricesIsLeftOut() {
    List<ValueEdge> edges = ValueBoard.edges(MODEL, Book.of(QUOTES.subList(0, 3)), 0.25);
    assertThat(edges).extracting(ValueEdge::selection)
        .containsExactly(Selection.HOME_WIN, Selection.DRAW, Selection.AWAY_WIN);
  }

  @Test
  void kellyIsTheShareThatPaysOnAverage() {
    assertThat(Kelly.fullStake(0.6, 2.0)).isCloseTo(0.2, within(EXACT)); // (1.2 - 1) / 1
    assertThat(Kelly.stake(0.6, 2.0, 0.25)).isCloseTo(0.05, within(EXACT));
    assertThat(Kelly.fullStake(0.5, 2.0)).isZero();
    assertThat(Kelly.fullStake(0.4, 2.0)).isZero();
  }
}
