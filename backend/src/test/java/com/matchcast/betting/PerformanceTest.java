package com.matchcast.betting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Turnover, ROI, closing-line value, drawdown and the bankroll curve of four bets worked out by hand. */
class PerformanceTest {

  private static final double EXACT = 1e-12;
  private static final LocalDate DAY_1 = LocalDate.of(2018, 8, 11);

  private static final List<SettledBet> BETS = List.of(
      SettledBet.of(DAY_1, Selection.HOME_WIN, 2.5, 1, true, 0.42),        // +1.5, CLV 2.5*0.42-1 = +0.05
      SettledBet.of(DAY_1, Selection.OVER_2_5, 1.8, 1, false, 0.50),       // -1,   CLV 1.8*0.50-1 = -0.10
      SettledBet.of(DAY_1.plusDays(1), Selection.DRAW, 3.0, 2, false, Double.NaN),  // -2, no closing price
      SettledBet.of(DAY_1.plusDays(7), Selection.AWAY_WIN, 2.0, 1, true, Double.NaN)); // +1

  @Test
  void profitAndClosingLineValueOfEachBet() {
    assertThat(BETS.get(0).profit()).isCloseTo(1.5, within(EXACT));
    assertThat(BETS.get(0).clv()).isCloseTo(0.05, within(EXACT));
    assertThat(BETS.get(1).profit()).isEqualTo(-1);
    assertThat(BETS.get(1).clv()).isCloseTo(-0.10, within(EXACT));
    assertThat(BETS.get(2).clv()).isNaN();
  }

  @Test
  void summaryOfTheBets() {
    Performance p = Performance.of(BETS, 100, 7);
    assertThat(p.bets()).isEqualTo(4);
    assertThat(p.turnover()).isEqualTo(5);
    assertThat(p.profit()).isCloseTo(-0.5, within(EXACT));
    assertThat(p.roi()).isCloseTo(-0.1, within(EXACT));
    assertThat(p.meanClv()).isCloseTo(-0.025, within(EXACT));
    assertThat(p.clvBets()).isEqualTo(2);
    assertThat(p.bankroll()).isCloseTo(99.5, within(EXACT));
    // peak 100.5 after day 1, trough 98.5 after day 2
    assertThat(p.maxDrawdown()).isCloseTo(2 / 100.5, within(EXACT));
    assertThat(p.bankrollCurve()).extracting(Performance.BankrollPoint::date)
        .containsExactly(DAY_1.minusDays(1), DAY_1, DAY_1.plusDays(1), DAY_1.plusDays(7));
    assertThat(p.bankrollCurve()).extracting(Performance.BankrollPoint::bankroll)
        .containsExactly(100.0, 100.5, 98.5, 99.5);
  }

  @Test
  void bootstrapIntervalIsSeededAndSpansTheObservedRoi() {
    Performance p = Performance.of(BETS, 100, 7);
    assertThat(p.roiLow()).isLessThan(p.roi()).isGreaterThanOrEqualTo(-1);
    // the best resample is four copies of the +1.5 win: 6 / 4
    assertThat(p.roiHigh()).isGreaterThan(p.roi()).isLessThanOrEqualTo(1.5);
    assertThat(Performance.of(BETS, 100, 7).roiLow()).isEqualTo(p.roiLow());
  }

  @Test
  void noBetsNoFigures() {
    Performance p = Performance.of(List.of(), 100, 7);
    assertThat(p.bets()).isZero();
    assertThat(p.roi()).isNaN();
    assertThat(p.meanClv()).isNaN();
    assertThat(p.bankroll()).isEqualTo(100);
    assertThat(p.maxDrawdown()).isZero();
  }
}
