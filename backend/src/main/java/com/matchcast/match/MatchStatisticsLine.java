package com.matchcast.match;

import java.math.BigDecimal;

/** One source's statistics of a match (shown as MatchStatistics). */
public record MatchStatisticsLine(
    long matchId,
    String source,
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
    BigDecimal awayExpectedGoals) {}
