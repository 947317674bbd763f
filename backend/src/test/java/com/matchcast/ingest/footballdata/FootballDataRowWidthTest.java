package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.support.RealFootballData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A row is read by position, so a row whose field count is not one the file uses is refused. */
class FootballDataRowWidthTest {

  private static final String SHIFT =
      " (a truncated row, or a field missing or added that would shift every column after it)";

  private final FootballDataCsvParser parser = new FootballDataCsvParser();

  @Test
  void everyRealFileKeepsItsRowsExceptTheThreeDamagedOnes() throws IOException {
    List<String> refused = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(RealFootballData.root(), 2)) {
      for (Path path : paths.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{4}\\.csv")).sorted().toList()) {
        String division = path.getParent().getFileName().toString();
        String season = path.getFileName().toString().replace(".csv", "");
        SourceBatch batch = parser.parse(division + "/" + season + ".csv", Files.readAllBytes(path), division, season);
        batch.rejects().stream().filter(r -> r.reason().startsWith("field count"))
            .forEach(r -> refused.add(r.location() + " " + r.rawContent().split(",")[2] + " v "
                + r.rawContent().split(",")[3]));
        files++;
      }
    }
    assertThat(files).as("the season files of all 16 divisions").isEqualTo(312);
    assertThat(refused).containsExactly(
        "G1/2004-2005.csv:241 PAOK v Egaleo",
        "P1/2003-2004.csv:181 Benfica v Academica",
        "T1/2006-2007.csv:224 Manisaspor v Sakaryaspor");
  }

  @Test
  void aRowMissingAFieldInTheMiddleIsRefusedNotReadShifted() {
    List<String> lines = lines("E0", "2019-2020");
    String row = lines.get(5);
    List<String> cells = new ArrayList<>(List.of(row.split(",", -1)));
    int referee = List.of(lines.get(0).split(",", -1)).indexOf("Referee");
    cells.remove(referee);
    lines.set(5, String.join(",", cells));

    SourceBatch batch = parse(lines, "E0", "2019-2020");

    assertThat(batch.records()).extracting(MatchRecord::location).doesNotContain("E0/2019-2020.csv:6");
    assertThat(batch.records()).hasSize(379);
    RejectedRecord reject = batch.rejects().stream().filter(r -> r.location().equals("E0/2019-2020.csv:6"))
        .findFirst().orElseThrow();
    assertThat(reject.reason()).isEqualTo("field count: the row has 105 fields, the header has 106" + SHIFT);
  }

  @Test
  void aRowWithAnExtraFieldAndATruncatedLastLineAreRefused() {
    List<String> lines = lines("E0", "2019-2020");
    lines.set(1, lines.get(1).replaceFirst(",", ",,"));
    String last = lines.get(lines.size() - 1);
    lines.set(lines.size() - 1, String.join(",", List.of(last.split(",", -1)).subList(0, 40)));

    SourceBatch batch = parse(lines, "E0", "2019-2020");

    assertThat(batch.records()).hasSize(378);
    assertThat(batch.rejects()).extracting(RejectedRecord::location).containsExactly(
        "E0/2019-2020.csv:2", "E0/2019-2020.csv:381");
    assertThat(batch.rejects()).extracting(RejectedRecord::reason).containsExactly(
        "field count: the row has 107 fields, the header has 106" + SHIFT,
        "field count: the row has 40 fields, the header has 106" + SHIFT);
  }

  @Test
  void aMidSeasonFormatChangeSharedByManyRowsIsAFormatNotDamage() {
    SourceBatch batch = parser.parse("E0/2002-2003.csv", RealFootballData.bytes("E0", "2002-2003"), "E0", "2002-2003");

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).hasSize(380);
    MatchRecord shortRow = batch.records().stream()
        .filter(m -> m.homeTeam().equals("Middlesboro") && m.awayTeam().equals("Fulham")).findFirst().orElseThrow();
    assertThat(shortRow.odds()).as("a 46-field row (no Bet365 over/under yet) is read in place")
        .anyMatch(q -> q.bookmaker().equals("William Hill") && q.home().toPlainString().equals("1.83")
            && q.draw().toPlainString().equals("3.2") && q.away().toPlainString().equals("3.75"))
        .anyMatch(q -> q.bookmaker().equals("Gamebookers") && q.over() != null
            && q.over().toPlainString().equals("1.92") && q.under().toPlainString().equals("1.8"));
  }

  private static List<String> lines(String division, String season) {
    return new ArrayList<>(List.of(new String(RealFootballData.bytes(division, season), StandardCharsets.ISO_8859_1)
        .split("\r?\n")));
  }

  private SourceBatch parse(List<String> lines, String division, String season) {
    return parser.parse(division + "/" + season + ".csv",
        String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1), division, season);
  }
}
