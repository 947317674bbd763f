package com.matchcast.matchdata;

import java.math.BigDecimal;

/** Per-team match statistics; a statistic the source does not give stays null, never 0. */
public record MatchStatistics(
    Integer homeShots,
    Integer awayShots,
    Integer homeShotsOnTarget,
    Integer awayShotsOnTarget,
    Integer homeCorners,
    Integer awayCorners,
    Integer homeFouls,
    Integer awayFouls,
    Integer homeYellowCards,
    Integer awayYellowCards,
    Integer homeRedCards,
    Integer awayRedCards,
    BigDecimal homeExpectedGoals,
    BigDecimal awayExpectedGoals) {

  /** True when the source gave no statistic at all, so nothing needs storing. */
  public boolean isEmpty() {
    return homeShots == null && awayShots == null && homeShotsOnTarget == null && awayShotsOnTarget == null
        && homeCorners == null && awayCorners == null && homeFouls == null && awayFouls == null
        && homeYellowCards == null && awayYellowCards == null && homeRedCards == null && awayRedCards == null
        && homeExpectedGoals == null && awayExpectedGoals == null;
  }
}
