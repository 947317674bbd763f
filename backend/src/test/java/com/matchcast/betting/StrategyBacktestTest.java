package com.matchcast.betting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.market.Bookmakers;
import com.matchcast.matchdata.Market;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three matches on two days: Kelly stakes of one day come from the bankroll before it, the
 * closing prices only give closing-line value. Every figure is worked out from the stated prices.
 */
class StrategyBacktestTest {

  private static final double EXACT = 1e-9;
  private static final LocalDate SATURDAY = LocalDate.of(2017, 9, 16);
  private static final ModelProbabilities MODEL = new ModelProbabilities(0.55, 0.25, 0.20, Double.NaN);

  private static List<Book> oneXTwo(double home, double draw, double away) {
    return List.of(new Book("Bet365", Market.ONE_X_TWO, new double[] {home, draw, away}),
        new Book(Bookmakers.MARKET_AVERAGE, Market.ONE_X_TWO, new double[] {home - 0.1, draw - 0.1, away - 0.1}));
  }

  private static final List<Book> CLOSING = List.of(
      new Book(Bookmakers.PINNACLE, Market.ONE_X_TWO, new double[] {1.90, 3.80, 4.40}));

  private static final List<StrategyBacktest.BettableMatch> MATCHES = List.of(
      // home edge 0.55*2.0-1 = 0.10, won 2-1
      new StrategyBacktest.BettableMatch(SATURDAY, MODEL, oneXTwo(2.0, 3.6, 4.2), CLOSING, 2, 1),
      // home edge 0.55*2.2-1 = 0.21, lost 0-1
      new StrategyBacktest.BettableMatch(SATURDAY, MODEL, oneXTwo(2.2, 3.5, 3.9), List.of(), 0, 1),
      // home edge 0.55*1.9-1 = 0.045, below 5%: no bet; the draw 0.25*3.8-1 < 0
      new StrategyBacktest.BettableMatch(SATURDAY.plusDays(1), MODEL, oneXTwo(1.9, 3.8, 4.6), CLOSING, 1, 1));

  @Test
  void kellyStakesOfOneDayComeFromTheBankrollBeforeIt() {
    Strategy kelly = new Strategy(Strategy.Rule.VALUE, 0.05, Staking.KELLY);
    Performance p = new StrategyBacktest(0.25, 100, 1).run(List.of(kelly), MATCHES).get(kelly);
    double first = 100 * 0.25 * 0.10 / 1.0;   // 2.5 at 2.0, won: +2.5
    double second = 100 * 0.25 * 0.21 / 1.2;  // 4.375 at 2.2, lost
    assertThat(p.bets()).isEqualTo(2);
    assertThat(p.turnover()).isCloseTo(first + second, within(EXACT));
    assertThat(p.profit()).isCloseTo(first - second, within(EXACT));
    assertThat(p.bankroll()).isCloseTo(100 + first - second, within(EXACT));
    // closing 1.90/3.80/4.40 de-margined: home q = (1/1.9) / (1/1.9 + 1/3.8 + 1/4.4); CLV 2.0*q - 1
    double q = (1 / 1.9) / (1 / 1.9 + 1 / 3.8 + 1 / 4.4);
    assertThat(p.clvBets()).isEqualTo(1);
    assertThat(p.meanClv()).isCloseTo(2.0 * q - 1, within(EXACT));
  }

  @Test
  void flatBaselinesBetEveryMatch() {
    Strategy favourite = new Strategy(Strategy.Rule.MARKET_FAVOURITE, 0, Staking.FLAT);
    Strategy value = new Strategy(Strategy.Rule.VALUE, 0, Staking.FLAT);
    Map<Strategy, Performance> results = new StrategyBacktest(0.25, 100, 1).run(List.of(favourite, value), MATCHES);
    Performance fav = results.get(favourite);
    assertThat(fav.bets()).isEqualTo(3);
    // home every time: +1.0 at 2.0, -1, -1
    assertThat(fav.profit()).isCloseTo(-1.0, within(EXACT));
    assertThat(fav.roi()).isCloseTo(-1.0 / 3, within(EXACT));
    // threshold 0 adds the third home win (edge 0.045) and the away win 0.2*4.6-1 < 0 stays out
    assertThat(results.get(value).bets()).isEqualTo(3);
    assertThat(results.get(value).maxDrawdown()).isCloseTo(1 / 100.0, within(EXACT)); // day-end bankrolls 100, 100, 99
  }
}
