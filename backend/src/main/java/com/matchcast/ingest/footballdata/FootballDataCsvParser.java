package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.ContentHash;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.SeasonCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one football-data.co.uk CSV file (a division's season, {@code fixtures.csv}, or an
 * extra-league file under {@code /new/}) into matches, odds and rejected rows. Columns are
 * found by name once per file; a bad row is rejected with a reason and the rest is kept.
 */
public final class FootballDataCsvParser {

  public static final String SOURCE = "football-data";

  /**
   * @param target           what was read, e.g. {@code E0/2023-2024.csv} or the URL; locations are
   *                         {@code target:line}
   * @param expectedDivision the file's division, or null when every row names its own (fixtures.csv)
   * @param seasonCode       the file's season, which every date must fall in, or null to take each
   *                         row's season from its {@code Season} column or its date
   * @throws FootballDataFormatException when the content has no football-data header
   */
  public SourceBatch parse(String target, byte[] content, String expectedDivision, String seasonCode) {
    if (seasonCode != null) {
      SeasonCodes.requireValid(seasonCode);
    }
    List<SourceLine> lines = SourceLine.split(SourceText.decode(content));
    int headerAt = firstNonBlank(lines);
    if (headerAt < 0) {
      throw new FootballDataFormatException(target + " is empty");
    }
    String[] headerCells = lines.get(headerAt).cells();
    HeaderIndex header = new HeaderIndex(headerCells);
    MatchColumns columns = MatchColumns.of(header);
    if (columns.date() < 0 || columns.homeTeam() < 0 || columns.awayTeam() < 0) {
      throw new FootballDataFormatException(target + " has no Date/HomeTeam/AwayTeam header");
    }
    MatchRowReader reader = new MatchRowReader(target, expectedDivision, seasonCode, columns,
        OddsColumns.discover(header));
    List<SourceLine> dataLines = new ArrayList<>();
    List<String[]> dataCells = new ArrayList<>();
    for (SourceLine line : lines.subList(headerAt + 1, lines.size())) {
      String[] cells = line.cells();
      // Blank and comma-only rows are padding, not data, and are skipped without a trace.
      if (!Cells.isBlankRow(cells)) {
        dataLines.add(line);
        dataCells.add(cells);
      }
    }
    Rows rows = new Rows(target, expectedDivision, seasonCode, RowWidths.of(headerCells, dataCells));
    for (int i = 0; i < dataLines.size(); i++) {
      rows.read(dataLines.get(i), dataCells.get(i), reader);
    }
    return new SourceBatch(SOURCE, target, ContentHash.sha256(content), rows.records, rows.rejects);
  }

  private static int firstNonBlank(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!Cells.isBlankRow(lines.get(i).cells())) {
        return i;
      }
    }
    return -1;
  }

  /** What the rows of one file became so far. */
  private static final class Rows {

    private final String target;
    private final String expectedDivision;
    private final String seasonCode;
    private final RowWidths widths;
    private final DuplicateGuard duplicates = new DuplicateGuard();
    private final List<MatchRecord> records = new ArrayList<>();
    private final List<RejectedRecord> rejects = new ArrayList<>();

    Rows(String target, String expectedDivision, String seasonCode, RowWidths widths) {
      this.target = target;
      this.expectedDivision = expectedDivision;
      this.seasonCode = seasonCode;
      this.widths = widths;
    }

    void read(SourceLine line, String[] cells, MatchRowReader reader) {
      String widthProblem = widths.problem(cells);
      if (widthProblem != null) {
        reject(line, widthProblem, expectedDivision, seasonCode);
        return;
      }
      RowFindings findings = new RowFindings();
      try {
        MatchRecord match = reader.read(line, cells, findings);
        String conflict = duplicates.conflict(match);
        if (conflict != null) {
          reject(line, conflict, match.leagueCode(), match.seasonCode());
          return;
        }
        records.add(match);
        findings.problems().forEach(problem -> reject(line, problem, match.leagueCode(), match.seasonCode()));
      } catch (RowRejection rejection) {
        reject(line, rejection.getMessage(), expectedDivision, seasonCode);
      }
    }

    private void reject(SourceLine line, String reason, String leagueCode, String season) {
      rejects.add(new RejectedRecord(target + ":" + line.number(), line.text(), reason, leagueCode, season));
    }
  }
}
