package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.MatchStatistics;


/** Positions of the per-team statistics columns; an absent column or empty cell stays null. */
record StatisticsColumns(int homeShots, int awayShots, int homeShotsOnTarget, int awayShotsOnTarget,
    int homeCorners, int awayCorners, int homeFouls, int awayFouls, int homeYellowCards, int awayYellowCards,
    int homeRedCards, int awayRedCards) {

  static StatisticsColumns of(HeaderIndex header) {
    return new StatisticsColumns(header.position("HS"), header.position("AS"), header.position("HST"),
        header.position("AST"), header.position("HC"), header.position("AC"), header.position("HF"),
        header.position("AF"), header.position("HY"), header.position("AY"), header.position("HR"),
        header.position("AR"));
  }

  /**
   * The statistics of the row, or null when it has none at all. A few old rows give more shots
   * on target than shots; that side's two shot counts are dropped and reported.
   */
  MatchStatistics read(String[] cells, RowFindings findings) {
    Integer[] homeShooting = shooting(cells, homeShots, homeShotsOnTarget, "home", findings);
    Integer[] awayShooting = shooting(cells, awayShots, awayShotsOnTarget, "away", findings);
    MatchStatistics statistics = new MatchStatistics(homeShooting[0], awayShooting[0], homeShooting[1],
        awayShooting[1], Cells.optionalWholeNumber(cells, homeCorners), Cells.optionalWholeNumber(cells, awayCorners),
        Cells.optionalWholeNumber(cells, homeFouls), Cells.optionalWholeNumber(cells, awayFouls),
        Cells.optionalWholeNumber(cells, homeYellowCards), Cells.optionalWholeNumber(cells, awayYellowCards),
        Cells.optionalWholeNumber(cells, homeRedCards), Cells.optionalWholeNumber(cells, awayRedCards),
        null, null);
    return statistics.isEmpty() ? null : statistics;
  }

  private static Integer[] shooting(String[] cells, int shotsColumn, int onTargetColumn, String side,
      RowFindings findings) {
    Integer shots = Cells.optionalWholeNumber(cells, shotsColumn);
    Integer onTarget = Cells.optionalWholeNumber(cells, onTargetColumn);
    if (shots != null && onTarget != null && onTarget > shots) {
      findings.problem("shots on target above shots: " + side + " " + onTarget + " on target of " + shots);
      return new Integer[] {null, null};
    }
    return new Integer[] {shots, onTarget};
  }
}
