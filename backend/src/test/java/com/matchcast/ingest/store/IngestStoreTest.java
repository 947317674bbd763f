package com.matchcast.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.IngestStore;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The ingest store on both databases: idempotent upserts, all-or-nothing batches, recorded runs. */
class IngestStoreTest {

  static final AtomicInteger NEXT_YEAR = new AtomicInteger(1901);

  abstract static class Contract {
    @Autowired IngestStore store;
    @Autowired DatabaseClient db;

    /** Tests share a database with other test classes: each works in a season nobody else uses. */
    final int year = NEXT_YEAR.getAndIncrement();
    final String season = year + "-" + (year + 1);
    final String target = "E0/" + UUID.randomUUID() + ".csv";

    @Test
    void storesMatchesWithStatisticsAndOddsThenSkipsAnUnchangedFile() {
      SourceBatch batch = batch("h1", List.of(
          finished("Arsenal", "Chelsea", LocalDate.of(year, 8, 12), 2, 1, "H"),
          finished("Fulham", "Everton", LocalDate.of(year, 8, 12), 0, 0, "D")), List.of());

      IngestRunSummary first = store.store(batch).block();
      assertThat(first.status()).isEqualTo(IngestStatus.SUCCEEDED);
      assertThat(first.inserted()).isEqualTo(2);
      assertThat(first.oddsRows()).isEqualTo(4);
      assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN season s ON s.id = m.season_id WHERE s.code = '" + season + "'"
          + " AND m.home_goals IS NOT NULL")).isGreaterThanOrEqualTo(2);

      Map<String, Object> stats = db.sql("SELECT st.home_shots, st.away_shots, st.home_corners FROM match_statistics st"
              + " JOIN matches m ON m.id = st.match_id JOIN team t ON t.id = m.home_team_id WHERE t.name = 'Arsenal'"
              + " AND m.match_date = '" + year + "-08-12'")
          .fetch().one().block();
      assertThat(((Number) stats.get("home_shots")).intValue()).isEqualTo(15);
      assertThat(stats.get("home_corners")).as("a missing statistic stays NULL").isNull();

      IngestRunSummary again = store.store(batch).block();
      assertThat(again.status()).isEqualTo(IngestStatus.UNCHANGED);
      assertThat(again.inserted()).isZero();
    }

    @Test
    void changedContentUpdatesOnlyWhatChangedAndReplacesOdds() {
      LocalDate day = LocalDate.of(year, 9, 2);
      store.store(batch("v1", List.of(finished("Arsenal", "Fulham", day, 1, 1, "D"),
          finished("Chelsea", "Everton", day, 3, 0, "H")), List.of())).block();

      IngestRunSummary second = store.store(batch("v2", List.of(finished("Arsenal", "Fulham", day, 2, 1, "H"),
          finished("Chelsea", "Everton", day, 3, 0, "H"),
          finished("Brentford", "Wolves", day, 0, 1, "A")), List.of())).block();

      assertThat(second.status()).isEqualTo(IngestStatus.SUCCEEDED);
      assertThat(second.inserted()).isEqualTo(1);
      assertThat(second.updated()).isEqualTo(1);
      assertThat(second.unchanged()).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) AS n FROM matches m JOIN team t ON t.id = m.home_team_id"
          + " WHERE t.name = 'Arsenal' AND m.match_date = '" + year + "-09-02' AND m.home_goals = 2")).isEqualTo(1);
      assertThat(count("SELECT COUNT(*) AS n FROM odds o JOIN matches m ON m.id = o.match_id JOIN team t"
          + " ON t.id = m.home_team_id WHERE t.name = 'Arsenal' AND m.match_date = '" + year + "-09-02'"))
          .as("odds of the updated match are replaced, not duplicated").isEqualTo(2);
    }

    @Test
    void aFailingBatchIsRecordedAsFailedAndLeavesEarlierDataIntact() {
      LocalDate day = LocalDate.of(year, 10, 7);
      store.store(batch("ok", List.of(finished("Burnley", "Luton", day, 1, 0, "H")), List.of())).block();
      String inSeason = "SELECT COUNT(*) AS n FROM matches m JOIN season s ON s.id = m.season_id WHERE s.code = '"
          + season + "'";
      long before = count(inSeason);

      MatchRecord broken = new MatchRecord("football-data", target + ":3", "E0", season, day, null, "Burnley",
          "Luton", MatchStatus.FINISHED, 1, 0, 1, 0, "H", null, null, null, null, null,
          List.of(OddsQuote.oneXTwo("Bet365", false, new BigDecimal("0.50"), new BigDecimal("3.2"),
              new BigDecimal("4.0"), null)), "raw");
      MatchRecord fine = finished("Sheffield United", "Bournemouth", day, 0, 2, "A");
      IngestRunSummary failed = store.store(batch("bad", List.of(fine, broken), List.of())).block();

      assertThat(failed.status()).isEqualTo(IngestStatus.FAILED);
      assertThat(failed.message()).isNotBlank();
      assertThat(count(inSeason)).as("nothing of the failed batch is kept").isEqualTo(before);
      assertThat(count("SELECT COUNT(*) AS n FROM ingest_run WHERE id = " + failed.runId() + " AND status = 'FAILED'"))
          .isEqualTo(1);
    }

    @Test
    void rejectsAreStoredWithTheirReasonAndTheRestIsKept() {
      LocalDate day = LocalDate.of(year, 11, 4);
      RejectedRecord parseReject = new RejectedRecord(target + ":9", "E1,04/11/23,,", "missing team name", "E0",
          season);
      IngestRunSummary run = store.store(batch("r", List.of(finished("Newcastle", "Arsenal", day, 1, 0, "H"),
          finished("Arsenal", "Spurs", day, 2, 2, "D"),
          finished("Newcastle", "Arsenal", day, 1, 0, "H")), List.of(parseReject))).block();

      assertThat(run.inserted()).isEqualTo(1);
      assertThat(run.duplicates()).isEqualTo(1);
      assertThat(run.rejectsByReason()).containsEntry("team plays twice on one day", 1)
          .containsEntry("missing team name", 1);
      assertThat(count("SELECT COUNT(*) AS n FROM rejected_row WHERE run_id = " + run.runId())).isEqualTo(3);
    }

    @Test
    void anUnknownClubFromASecondarySourceIsReportedWithCandidatesNotCreated() {
      store.store(batch("seed", List.of(finished("Man United", "Nott'm Forest", LocalDate.of(year, 8, 14), 1, 0, "H")),
          List.of())).block();
      long clubs = count("SELECT COUNT(*) AS n FROM team");

      MatchRecord fromApi = new MatchRecord("odds-api", "odds-api:event-1", "E0", season,
          LocalDate.of(year, 12, 30), LocalDateTime.of(year, 12, 30, 15, 0), "Manchester United Women", "Nott'm Forest",
          MatchStatus.SCHEDULED, null, null, null, null, null, null, null, null, "event-1", null, List.of(), "{}");
      IngestRunSummary run = store.store(new SourceBatch("odds-api", "odds-api/" + UUID.randomUUID(), "h",
          List.of(fromApi), List.of())).block();

      assertThat(run.rejectsByReason()).containsEntry("unknown team", 1);
      assertThat(count("SELECT COUNT(*) AS n FROM team")).isEqualTo(clubs);
      String candidates = db.sql("SELECT candidates FROM unmatched_team_name WHERE name = 'Manchester United Women'")
          .map(row -> row.get("candidates", String.class)).one().block();
      assertThat(candidates).contains("Man United");
    }

    SourceBatch batch(String hash, List<MatchRecord> records, List<RejectedRecord> rejects) {
      return new SourceBatch("football-data", target, hash + "-" + target, records, rejects);
    }

    MatchRecord finished(String home, String away, LocalDate date, int hg, int ag, String result) {
      MatchStatistics stats = new MatchStatistics(15, 9, 6, 3, null, null, 10, 12, 1, 2, 0, 0, null, null);
      return new MatchRecord("football-data", target + ":2", "E0", season, date, null, home, away,
          MatchStatus.FINISHED, hg, ag, 0, 0, result, "A Referee", null, null, null, stats,
          List.of(OddsQuote.oneXTwo("Bet365", false, new BigDecimal("2.10"), new BigDecimal("3.40"),
                  new BigDecimal("3.60"), null),
              OddsQuote.oneXTwo("Pinnacle", true, new BigDecimal("2.05"), new BigDecimal("3.50"),
                  new BigDecimal("3.75"), null)),
          home + "," + away);
    }

    long count(String sql) {
      return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
