package com.matchcast.ingest.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.quality.DataQualityService;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Damaged copies of real football-data files imported over a store that already holds the
 * season: what was stored is compared field by field before and after. Each test works on a
 * league-season of its own, so the tests of one database do not meet.
 */
class DamagedImportTest {

  private static final String FIELD_COUNT_TAIL =
      " (a truncated row, or a field missing or added that would shift every column after it)";

  abstract static class Contract {
    @Autowired FootballDataImporter importer;
    @Autowired DatabaseClient db;
    @Autowired DataQualityService quality;

    @Test
    void aRowMissingAFieldInTheMiddleOrCarryingAnExtraOneIsRefusedAndChangesNothing() throws Exception {
      StoreSnapshot before = importGood("E0", "2019-2020");

      IngestRunSummary run = importCopy(DamagedFile.of("E0", "2019-2020")
          .removeField(6, "Referee")
          .set(7, "HS", "14,3"));

      assertThat(StoreSnapshot.of(db, "E0", "2019-2020")).isEqualTo(before);
      assertThat(run.status()).isEqualTo(IngestStatus.SUCCEEDED);
      assertThat(List.of(run.rowsRead(), run.inserted(), run.updated(), run.unchanged(), run.rejected()))
          .containsExactly(380, 0, 0, 378, 2);
      assertThat(rejectReasons(run)).containsExactly(
          entry("E0/2019-2020.csv:6", "field count: the row has 105 fields, the header has 106" + FIELD_COUNT_TAIL),
          entry("E0/2019-2020.csv:7", "field count: the row has 107 fields, the header has 106" + FIELD_COUNT_TAIL));
    }

    @Test
    void aTruncatedDownloadAndARowMissingItsTailKeepEveryStoredPrice() throws Exception {
      StoreSnapshot before = importGood("SP1", "2018-2019");
      DamagedFile damaged = DamagedFile.of("SP1", "2018-2019");

      IngestRunSummary run = importCopy(damaged.keepFields(damaged.lastLine(), 30).keepFields(10, 60));

      assertThat(StoreSnapshot.of(db, "SP1", "2018-2019")).isEqualTo(before);
      assertThat(List.of(run.rowsRead(), run.updated(), run.unchanged(), run.rejected()))
          .containsExactly(380, 0, 378, 2);
      assertThat(rejectReasons(run)).containsOnlyKeys("SP1/2018-2019.csv:10", "SP1/2018-2019.csv:" + damaged.lastLine());
    }

    @Test
    void aRefusedPriceAndBlankedPricesAndStatisticsNeverRemoveStoredOnes() throws Exception {
      StoreSnapshot before = importGood("D1", "2019-2020");

      IngestRunSummary run = importCopy(DamagedFile.of("D1", "2019-2020")
          .set(8, "B365H", "-2.1")
          .set(9, "B365CH", "").set(9, "B365CD", "").set(9, "B365CA", "").set(9, "HS", "").set(9, "HC", ""));

      assertThat(StoreSnapshot.of(db, "D1", "2019-2020")).isEqualTo(before);
      assertThat(rejectReasons(run)).as("line 261 is refused in the real file too").containsExactly(
          entry("D1/2019-2020.csv:261", "price not above 1.0: AvgC>2.5 0.42"),
          entry("D1/2019-2020.csv:8", "price not above 1.0: B365H -2.1"));
      assertThat(List.of(run.rowsRead(), run.updated(), run.unchanged(), run.rejected(), run.valuesRejected()))
          .containsExactly(306, 0, 306, 0, 2);
      assertThat(run.inserted() + run.updated() + run.unchanged() + run.rejected() + run.duplicates())
          .as("every row read is counted once").isEqualTo(run.rowsRead());
    }

    @Test
    void aGenuineCorrectionUpdatesJustThoseValuesAndNamesThem() throws Exception {
      StoreSnapshot before = importGood("E0", "2018-2019");
      DamagedFile corrected = DamagedFile.of("E0", "2018-2019");
      String price = new BigDecimal(corrected.cell(12, "B365H")).add(new BigDecimal("0.05")).stripTrailingZeros()
          .toPlainString();
      String referee = corrected.cell(12, "Referee");

      IngestRunSummary run = importCopy(corrected.set(12, "Referee", "A Corrected").set(12, "B365H", price));

      StoreSnapshot after = StoreSnapshot.of(db, "E0", "2018-2019");
      assertThat(List.of(run.updated(), run.unchanged(), run.rejected())).containsExactly(1, 379, 0);
      assertThat(run.changedFields()).containsExactly(entry("odds Bet365 ONE_X_TWO", 1), entry("referee", 1));
      assertThat(db.sql("SELECT message FROM ingest_run WHERE id = :id").bind("id", run.runId())
          .map(row -> row.get("message", String.class)).one().block())
          .isEqualTo("changed: odds Bet365 ONE_X_TWO 1, referee 1");
      String match = matchKey(corrected, 12);
      assertThat(differences(before.matches(), after.matches())).containsOnlyKeys(match);
      assertThat(after.matches().get(match)).isEqualTo(before.matches().get(match)
          .replace("|" + referee + "|", "|A Corrected|"));
      assertThat(differences(before.odds(), after.odds()))
          .containsOnlyKeys(match + " football-data Bet365 ONE_X_TWO null pre-match null");
      assertThat(after.odds().get(match + " football-data Bet365 ONE_X_TWO null pre-match null")).startsWith(price + "|");
      assertThat(after.statistics()).isEqualTo(before.statistics());
    }

    @Test
    void unknownOrStrayClubsInAStoredSeasonAreRefusedWithCandidatesNotStoredAsPhantomMatches() throws Exception {
      StoreSnapshot before = importGood("F1", "2019-2020");

      IngestRunSummary run = importCopy(DamagedFile.of("F1", "2019-2020")
          .set(20, "HomeTeam", "Reimz").set(21, "AwayTeam", "Lens"));

      assertThat(StoreSnapshot.of(db, "F1", "2019-2020")).isEqualTo(before);
      assertThat(run.newClubs()).isEmpty();
      assertThat(List.of(run.rowsRead(), run.inserted(), run.updated(), run.rejected())).containsExactly(279, 0, 0, 2);
      Map<String, String> reasons = rejectReasons(run);
      assertThat(reasons.get("F1/2019-2020.csv:20")).isEqualTo(
          "unknown team: Reimz (it appears in 1 row of this file, its clubs in 28 each; candidates: Reims)");
      assertThat(reasons.get("F1/2019-2020.csv:21")).isEqualTo(
          "club not in this league-season: Lens (it appears in 1 row of this file, its clubs in 28 each)");
      assertThat(db.sql("SELECT candidates FROM unmatched_team_name WHERE source = 'football-data' AND name = 'Reimz'")
          .map(row -> row.get("candidates", String.class)).one().block()).isEqualTo("Reims");
      assertThat(db.sql("SELECT COUNT(*) AS n FROM team WHERE name = 'Reimz'")
          .map(row -> row.get("n", Number.class).intValue()).one().block()).isZero();
    }

    @Test
    void aSpellingOfAKnownClubIsNotAnUpdate() throws Exception {
      StoreSnapshot before = importGood("E1", "2019-2020");

      IngestRunSummary run = importCopy(DamagedFile.of("E1", "2019-2020").renameClub("Sheffield Weds", "Sheffield Wednesday"));

      assertThat(StoreSnapshot.of(db, "E1", "2019-2020")).isEqualTo(before);
      assertThat(List.of(run.inserted(), run.updated(), run.unchanged(), run.rejected())).containsExactly(0, 0, 552, 0);
    }

    @Test
    void aClubPromotedFromAnUntrackedDivisionJoinsANewSeasonVisiblyButCannotJoinAStoredOne() throws Exception {
      Path mirror = Files.createTempDirectory("mirror");
      DamagedFile.of("SP2", "2022-2023").renameClub("Levante", "Matchcast Rovers").writeTo(mirror);
      IngestRunSummary first = single(importer.importMirror(mirror, Set.of("SP2"), Set.of("2022-2023")).collectList().block());

      assertThat(first.newClubs()).containsExactly("SP2 2022-2023: Matchcast Rovers");
      assertThat(quality.report("SP2", "2022-2023").block().newClubs()).containsExactly("Matchcast Rovers");
      assertThat(List.of(first.rowsRead(), first.inserted(), first.rejected())).containsExactly(462, 462, 0);
      StoreSnapshot stored = StoreSnapshot.of(db, "SP2", "2022-2023");

      IngestRunSummary original = importCopy(DamagedFile.of("SP2", "2022-2023"));

      assertThat(StoreSnapshot.of(db, "SP2", "2022-2023")).as("no match of the real Levante beside the stored ones")
          .isEqualTo(stored);
      assertThat(List.of(original.inserted(), original.unchanged(), original.rejected())).containsExactly(0, 420, 42);
      assertThat(rejectReasons(original).values()).allMatch(reason -> reason.equals(
          "club not in this league-season: Levante (the season's 22 clubs are all stored and the file names no more)"));
    }

    private StoreSnapshot importGood(String division, String season) throws Exception {
      IngestRunSummary good = importCopy(DamagedFile.of(division, season));
      assertThat(good.status()).isEqualTo(IngestStatus.SUCCEEDED);
      return StoreSnapshot.of(db, division, season);
    }

    private IngestRunSummary importCopy(DamagedFile file) throws Exception {
      Path mirror = Files.createTempDirectory("mirror");
      file.writeTo(mirror);
      String division = Files.list(mirror).findFirst().orElseThrow().getFileName().toString();
      return single(importer.importMirror(mirror, Set.of(division), Set.of()).collectList().block());
    }

    private static IngestRunSummary single(List<IngestRunSummary> runs) {
      assertThat(runs).hasSize(1);
      return runs.get(0);
    }

    private Map<String, String> rejectReasons(IngestRunSummary run) {
      Map<String, String> reasons = new TreeMap<>();
      db.sql("SELECT location, reason FROM rejected_row WHERE run_id = :run").bind("run", run.runId())
          .map(row -> Map.entry(row.get("location", String.class), row.get("reason", String.class)))
          .all().toIterable().forEach(e -> reasons.merge(e.getKey(), e.getValue(), (a, b) -> a + " AND " + b));
      return reasons;
    }

    private static String matchKey(DamagedFile file, int line) {
      LocalDate date = LocalDate.parse(file.cell(line, "Date"), DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      return date + " " + file.cell(line, "HomeTeam") + " " + file.cell(line, "AwayTeam");
    }

    private static Map<String, String> differences(Map<String, String> before, Map<String, String> after) {
      Map<String, String> changed = new TreeMap<>();
      after.forEach((key, value) -> {
        if (!value.equals(before.get(key))) {
          changed.put(key, value);
        }
      });
      before.keySet().stream().filter(key -> !after.containsKey(key)).forEach(key -> changed.put(key, "(removed)"));
      return changed;
    }
  }

  /** Databases of their own: API tests elsewhere re-seed the shared ones, pulling clubs from under an import. */
  static final String OWN_CONTEXT = "matchcast.test.context=damaged-import";

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = OWN_CONTEXT)
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = OWN_CONTEXT)
  class OnMariaDb extends Contract {}
}
