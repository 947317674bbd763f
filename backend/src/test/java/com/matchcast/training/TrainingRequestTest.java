package com.matchcast.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrainingRequestTest {

  private final TrainingRequest full = new TrainingRequest(new java.util.LinkedHashSet<>(java.util.List.of("E0", "SP1")), Period.ofYears(12), Period.ZERO, 7L, 2,
      PromotionRule.whenAsGoodAsMarket(0.002));

  @Test
  void theUsualRequestRefitsQuarterlyAfterAYearOfWarmUp() {
    assertThat(full.refitEvery()).isEqualTo(Period.ofMonths(3));
    assertThat(full.warmUp()).isEqualTo(Period.ofYears(1));
  }

  @Test
  void aQuickRequestCapsTheWindowDropsTheWarmUpAndRefitsTwiceAYear() {
    TrainingRequest quick = full.before(LocalDate.of(2023, 8, 9), PromotionRule.ALWAYS).quick();
    assertThat(quick.trainingWindow()).isEqualTo(Period.ofYears(8));
    assertThat(quick.warmUp()).isEqualTo(Period.ZERO);
    assertThat(quick.refitEvery()).isEqualTo(Period.ofMonths(6));
    assertThat(quick.before()).isEqualTo(LocalDate.of(2023, 8, 9));
    assertThat(quick.promotion()).isSameAs(PromotionRule.ALWAYS);
    assertThat(quick.leagues()).containsExactly("E0", "SP1");
  }

  @Test
  void aQuickRequestKeepsAShorterWindow() {
    TrainingRequest threeYears = new TrainingRequest(Set.of("E0"), Period.ofYears(3), Period.ZERO, 7L, 1,
        PromotionRule.ALWAYS);
    assertThat(threeYears.quick().trainingWindow()).isEqualTo(Period.ofYears(3));
  }

  @Test
  void restrictingToMatchesBeforeADayKeepsTheCadence() {
    TrainingRequest before = full.before(LocalDate.of(2020, 1, 1), PromotionRule.ALWAYS);
    assertThat(before.refitEvery()).isEqualTo(Period.ofMonths(3));
    assertThat(before.warmUp()).isEqualTo(Period.ofYears(1));
  }
}
