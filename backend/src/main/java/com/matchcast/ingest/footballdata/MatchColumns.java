package com.matchcast.ingest.footballdata;

/**
 * Positions of the match columns in one file, resolved once from the header (-1 when absent).
 * Main-league files say {@code HomeTeam}/{@code FTHG}; G1 2000-05 say {@code HT}/{@code AT} for
 * the teams (half-time goals are {@code HTHG}/{@code HTAG}); the extra-league files under
 * {@code /new/} say {@code Home}, {@code HG}, {@code Res} and carry a {@code Season} column.
 */
record MatchColumns(int division, int country, int season, int date, int time, int homeTeam, int awayTeam,
    int homeGoals, int awayGoals, int result, int homeGoalsHalfTime, int awayGoalsHalfTime, int referee, int attendance,
    StatisticsColumns statistics) {

  static MatchColumns of(HeaderIndex header) {
    boolean teamsAsHtAt = !header.has("HomeTeam") && header.has("HT") && header.has("AT");
    return new MatchColumns(
        header.position("Div"),
        header.position("Country"),
        header.position("Season"),
        header.position("Date"),
        header.position("Time"),
        teamsAsHtAt ? header.position("HT") : header.firstPosition("HomeTeam", "Home"),
        teamsAsHtAt ? header.position("AT") : header.firstPosition("AwayTeam", "Away"),
        header.firstPosition("FTHG", "HG"),
        header.firstPosition("FTAG", "AG"),
        header.firstPosition("FTR", "Res"),
        header.position("HTHG"),
        header.position("HTAG"),
        header.position("Referee"),
        header.position("Attendance"),
        StatisticsColumns.of(header));
  }
}
