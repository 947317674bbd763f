package com.matchcast.serving;

import java.time.OffsetDateTime;

/** The GraphQL shapes of a prediction's parts, one record per schema type. */
final class PredictionViews {

  private PredictionViews() {}

  record OverUnder(double over, double under) {}

  record YesNo(double yes, double no) {}

  record Outcomes(double homeWin, double draw, double awayWin) {}

  record MarketView(double homeWin, double draw, double awayWin, Double margin, double edge, Outcomes edges) {}

  record ExplanationFactor(String key, String factor, double contribution, Outcomes effects, String description) {}

  record ServingClock(String mode, OffsetDateTime now, double speed) {}

  record MatchUpdate(String matchId, String league, String homeTeam, String awayTeam, String status, Integer homeGoals,
      Integer awayGoals, OffsetDateTime at) {}
}
