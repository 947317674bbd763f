package com.matchcast.betting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which selections each strategy backs, on edges stated by hand. */
class StrategyTest {

  // selection, model p, best price, bookmaker, market q, edge p*o-1, p-q, kelly
  private static final ValueEdge HOME = new ValueEdge(Selection.HOME_WIN, 0.50, 2.20, "A", 0.47, 0.10, 0.03, 0.02);
  private static final ValueEdge DRAW = new ValueEdge(Selection.DRAW, 0.27, 3.60, "B", 0.29, -0.028, -0.02, 0);
  private static final ValueEdge AWAY = new ValueEdge(Selection.AWAY_WIN, 0.23, 4.50, "C", 0.24, 0.035, -0.01, 0.01);
  private static final ValueEdge OVER = new ValueEdge(Selection.OVER_2_5, 0.60, 1.80, "A", 0.55, 0.08, 0.05, 0.02);
  private static final List<ValueEdge> EDGES = List.of(HOME, DRAW, AWAY, OVER);

  @Test
  void valueBacksEveryEdgeAtOrAboveItsThreshold() {
    assertThat(new Strategy(Strategy.Rule.VALUE, 0.05, Staking.KELLY).picks(EDGES)).containsExactly(HOME, OVER);
    assertThat(new Strategy(Strategy.Rule.VALUE, 0, Staking.FLAT).picks(EDGES)).containsExactly(HOME, AWAY, OVER);
  }

  @Test
  void consensusBacksBestPricesAboveTheDemarginedAverage() {
    // best price x market q - 1: home 2.2*0.47-1 = +0.034, draw 3.6*0.29-1 = +0.044, away 4.5*0.24-1 = +0.08,
    // over 1.8*0.55-1 = -0.01
    assertThat(new Strategy(Strategy.Rule.CONSENSUS, 0, Staking.FLAT).picks(EDGES)).containsExactly(HOME, DRAW, AWAY);
    assertThat(new Strategy(Strategy.Rule.CONSENSUS, 0.05, Staking.FLAT).picks(EDGES)).containsExactly(AWAY);
  }

  @Test
  void favouritesBackOneOutcomeOfOneXTwo() {
    assertThat(new Strategy(Strategy.Rule.MARKET_FAVOURITE, 0, Staking.FLAT).picks(EDGES)).containsExactly(HOME);
    List<ValueEdge> modelLikesTheDraw = List.of(
        new ValueEdge(Selection.HOME_WIN, 0.30, 2.20, "A", 0.47, -0.34, -0.17, 0), new ValueEdge(Selection.DRAW, 0.40, 3.60, "B", 0.29, 0.44, 0.11, 0.04), AWAY, OVER);
    assertThat(new Strategy(Strategy.Rule.MODEL_FAVOURITE, 0, Staking.FLAT).picks(modelLikesTheDraw))
        .extracting(ValueEdge::selection).containsExactly(Selection.DRAW);
  }

  @Test
  void flatStakesOneUnitAndKellyAShareOfTheBankrollAsItStands() {
    assertThat(new Strategy(Strategy.Rule.VALUE, 0, Staking.FLAT).stake(HOME, 250, 100)).isEqualTo(1.0);
    assertThat(new Strategy(Strategy.Rule.VALUE, 0, Staking.KELLY).stake(HOME, 250, 100)).isEqualTo(0.02 * 250);
  }

  @Test
  void namesSayRuleThresholdAndStaking() {
    assertThat(new Strategy(Strategy.Rule.VALUE, 0.05, Staking.KELLY).name()).isEqualTo("value-5%-kelly");
    assertThat(new Strategy(Strategy.Rule.CONSENSUS, 0, Staking.FLAT).name()).isEqualTo("consensus-0%-flat");
    assertThat(new Strategy(Strategy.Rule.MARKET_FAVOURITE, 0, Staking.FLAT).name()).isEqualTo("market-favourite-flat");
  }
}
