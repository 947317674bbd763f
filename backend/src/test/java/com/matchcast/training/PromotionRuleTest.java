package com.matchcast.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which freshly trained versions an unattended retrain may put into service. */
class PromotionRuleTest {

  private static final PromotionRule RULE = PromotionRule.whenAsGoodAsMarket(0.002);

  @Test
  void aVersionWithinTheToleranceOfTheMarketIsServed() {
    assertThat(RULE.judge(Map.of("oos_rps", 0.1955, "oos_market_Avg_rps", 0.1960)).promote()).isTrue();
    assertThat(RULE.judge(Map.of("oos_rps", 0.1979, "oos_market_Avg_rps", 0.1960)).promote()).isTrue();
  }

  @Test
  void aVersionClearlyWorseThanTheMarketIsNotServedAndTheReasonSaysWhy() {
    PromotionRule.Verdict verdict = RULE.judge(Map.of("oos_rps", 0.2100, "oos_market_Avg_rps", 0.1960));
    assertThat(verdict.promote()).isFalse();
    assertThat(verdict.reason()).contains("0.2100").contains("above").contains("0.1960");
  }

  @Test
  void withoutMarketPricesTheRuleCannotVouchForTheVersion() {
    assertThat(RULE.judge(Map.of("oos_rps", 0.15)).promote()).isFalse();
    assertThat(RULE.judge(Map.of("oos_rps", Double.NaN, "oos_market_Avg_rps", 0.19)).promote()).isFalse();
  }

  @Test
  void alwaysAndNeverIgnoreTheMetrics() {
    Map<String, Double> poor = Map.of("oos_rps", 0.30, "oos_market_Avg_rps", 0.19);
    assertThat(PromotionRule.ALWAYS.judge(poor).promote()).isTrue();
    assertThat(PromotionRule.NEVER.judge(Map.of("oos_rps", 0.10, "oos_market_Avg_rps", 0.19)).promote()).isFalse();
  }

  @Test
  void aNegativeToleranceIsRefused() {
    assertThatThrownBy(() -> PromotionRule.whenAsGoodAsMarket(-0.001)).isInstanceOf(IllegalArgumentException.class);
  }
}
