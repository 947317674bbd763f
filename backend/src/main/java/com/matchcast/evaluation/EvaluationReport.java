package com.matchcast.evaluation;

import java.util.List;

/**
 * The scores of a backtest, overall and by league, season and league-season, with the
 * bootstrap settings that make its confidence intervals reproducible. Plain records, so that
 * Jackson writes it as JSON as it stands.
 */
public record EvaluationReport(int bootstrapResamples, long bootstrapSeed, Segment overall, List<Segment> leagues,
    List<Segment> seasons, List<Segment> leagueSeasons) {

  public EvaluationReport {
    leagues = List.copyOf(leagues);
    seasons = List.copyOf(seasons);
    leagueSeasons = List.copyOf(leagueSeasons);
  }
}
