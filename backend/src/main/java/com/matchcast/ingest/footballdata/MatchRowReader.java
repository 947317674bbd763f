package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.util.List;

/** Reads and validates one data row of a file into a match and its odds. */
final class MatchRowReader {

  private final String target;
  private final String expectedDivision;
  private final String seasonCode;
  private final MatchColumns columns;
  private final List<QuoteColumns> quotes;

  MatchRowReader(String target, String expectedDivision, String seasonCode, MatchColumns columns,
      List<QuoteColumns> quotes) {
    this.target = target;
    this.expectedDivision = expectedDivision;
    this.seasonCode = seasonCode;
    this.columns = columns;
    this.quotes = quotes;
  }

  /**
   * The match of the row. Prices and statistics that cannot be right are left out and
   * described in {@code findings}; the match itself is kept.
   *
   * @throws RowRejection when the row cannot be a match
   */
  MatchRecord read(SourceLine line, String[] cells, RowFindings findings) {
    String league = league(cells);
    LocalDate date = date(cells);
    String season = season(cells, league, date);
    String home = team(cells, columns.homeTeam(), "home");
    String away = team(cells, columns.awayTeam(), "away");
    if (home.equalsIgnoreCase(away)) {
      throw new RowRejection("same team at home and away: " + home);
    }
    Score score = Score.read(cells, columns);
    for (QuoteColumns quote : quotes) {
      quote.read(cells, findings);
    }
    return new MatchRecord(FootballDataCsvParser.SOURCE, target + ":" + line.number(), league, season, date,
        MatchDates.kickoffUtc(date, Cells.text(cells, columns.time())), home, away,
        score.finished() ? MatchStatus.FINISHED : MatchStatus.SCHEDULED, score.home(), score.away(),
        score.homeHalfTime(), score.awayHalfTime(), score.result(), Cells.text(cells, columns.referee()), null,
        Cells.optionalWholeNumber(cells, columns.attendance()), null, columns.statistics().read(cells, findings),
        findings.quotes(), line.text());
  }

  /**
   * The file's division, or when none is expected each row's own: its {@code Div} (fixtures.csv)
   * or its extra league's {@code Country} (new_league_fixtures.csv).
   */
  private String league(String[] cells) {
    String rowDivision = Cells.text(cells, columns.division());
    if (expectedDivision == null) {
      String league = rowDivision != null ? rowDivision : ExtraLeagues.codeOf(Cells.text(cells, columns.country()));
      if (league == null) {
        throw new RowRejection("missing division");
      }
      return league;
    }
    if (rowDivision != null && !rowDivision.equalsIgnoreCase(expectedDivision)) {
      throw new RowRejection("division mismatch: file " + expectedDivision + ", row " + rowDivision);
    }
    return expectedDivision;
  }

  private LocalDate date(String[] cells) {
    String text = Cells.text(cells, columns.date());
    if (text == null) {
      throw new RowRejection("missing date");
    }
    LocalDate date = MatchDates.parseDate(text);
    if (date == null) {
      throw new RowRejection("unparseable date: " + text);
    }
    return date;
  }

  /**
   * The season asked for, which the date must fall in; else the extra-league files' own
   * {@code Season} column; else the season of the date (a calendar year for some extra leagues).
   */
  private String season(String[] cells, String league, LocalDate date) {
    if (seasonCode != null) {
      if (!SeasonCodes.contains(seasonCode, date)) {
        throw new RowRejection("date outside season: " + date + " is not in " + seasonCode);
      }
      return seasonCode;
    }
    String stated = Cells.text(cells, columns.season());
    if (stated == null) {
      return ExtraLeagues.seasonOf(league, date);
    }
    String code = ExtraLeagues.seasonCode(stated);
    if (code == null) {
      throw new RowRejection("unreadable season: " + stated);
    }
    return code;
  }

  private static String team(String[] cells, int column, String side) {
    String name = Cells.text(cells, column);
    if (name == null) {
      throw new RowRejection("missing team: " + side);
    }
    return name;
  }
}
