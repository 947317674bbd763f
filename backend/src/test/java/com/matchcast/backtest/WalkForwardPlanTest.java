package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WalkForwardPlanTest {

  @Test
  void theWarmUpRefitsAtItsOwnCadenceAndTheReportedPeriodStartsOnItsFirstDay() {
    WalkForwardPlan plan = new WalkForwardPlan(Set.of("E0"), Set.of("E0"), LocalDate.of(2022, 7, 1),
        LocalDate.of(2022, 10, 15), Period.ofMonths(1), Period.ofYears(1), Period.ofMonths(5), Period.ofYears(12),
        Period.ZERO, 1);
    assertThat(plan.refitDates()).containsExactly(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 1),
        LocalDate.of(2022, 5, 1), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 8, 1), LocalDate.of(2022, 9, 1),
        LocalDate.of(2022, 10, 1));
  }

  @Test
  void withoutAWarmUpCadenceTheWholeWalkRefitsAlike() {
    WalkForwardPlan plan = new WalkForwardPlan(Set.of("E0"), Set.of("E0"), LocalDate.of(2022, 7, 1),
        LocalDate.of(2022, 8, 31), Period.ofMonths(1), Period.ofMonths(2), Period.ofYears(12), Period.ZERO, 1);
    assertThat(plan.refitDates()).containsExactly(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 1),
        LocalDate.of(2022, 7, 1), LocalDate.of(2022, 8, 1));
  }
}
