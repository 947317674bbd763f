package com.matchcast.ledger;

import static com.matchcast.ledger.LedgerPredictions.bare;
import static com.matchcast.ledger.LedgerPredictions.prediction;
import static com.matchcast.ledger.LedgerPredictions.unusedMatchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The ledger on both databases: appends read back exactly, immutability enforced by the database, a verifiable chain. */
class LedgerRecordTest {

  abstract static class Contract {
    @Autowired PredictionLedger ledger;
    @Autowired DatabaseClient db;
    @LocalServerPort int port;

    @Test
    void appendsTwoPredictionsForOneMatchAndOneForAnotherAndReadsThemBackFieldByField() {
      long match = unusedMatchId();
      long other = unusedMatchId();
      Instant first = Instant.parse("2024-08-10T09:30:00.123Z");
      Prediction p1 = ledger.record(prediction(match, 0.5, 0.3, 0.2, first)).block();
      Prediction p2 = ledger.record(prediction(match, LocalDate.of(2024, 8, 17), 0.55, 0.25, 0.2,
          Instant.parse("2024-08-12T18:00:00.456789Z"), "prices moved")).block();
      Prediction p3 = ledger.record(bare(other, Instant.parse("2024-08-13T07:00:00Z"))).block();

      assertThat(p1.id()).isPositive();
      assertThat(p2.id()).isGreaterThan(p1.id());
      assertThat(p3.id()).isGreaterThan(p2.id());
      assertThat(p1.previousId()).as("a match's first prediction has no predecessor").isZero();
      assertThat(p2.previousId()).isEqualTo(p1.id());
      assertThat(p3.previousId()).isZero();

      Prediction read = ledger.latest(match).block();
      assertThat(read).isEqualTo(p2);
      assertThat(read.id()).isEqualTo(p2.id());
      assertThat(read.matchId()).isEqualTo(match);
      assertThat(read.league()).isEqualTo("E0");
      assertThat(read.season()).isEqualTo("2024-2025");
      assertThat(read.date()).isEqualTo(LocalDate.of(2024, 8, 17));
      assertThat(read.kickoff()).isEqualTo(LocalDateTime.of(2024, 8, 17, 15, 0));
      assertThat(read.homeTeam()).isEqualTo("Arsenal");
      assertThat(read.awayTeam()).isEqualTo("Chelsea");
      assertThat(read.homeWin()).isEqualTo(0.55);
      assertThat(read.draw()).isEqualTo(0.25);
      assertThat(read.awayWin()).isEqualTo(0.2);
      assertThat(read.expectedHomeGoals()).isEqualTo(1.6);
      assertThat(read.expectedAwayGoals()).isEqualTo(1.1);
      assertThat(read.over25()).isEqualTo(0.52);
      assertThat(read.bothTeamsToScore()).isEqualTo(0.55);
      assertThat(read.topScores()).containsExactly(new Prediction.ScoreProbability(1, 0, 0.11),
          new Prediction.ScoreProbability(1, 1, 0.105), new Prediction.ScoreProbability(2, 1, 0.09));
      assertThat(read.confidence()).isEqualTo(0.42);
      assertThat(read.market()).isEqualTo(new Prediction.MarketView(0.48, 0.27, 0.25, 0.051));
      assertThat(read.modelVersion()).isEqualTo(7);
      assertThat(read.inputsHash()).isEqualTo("c".repeat(64));
      assertThat(read.previousId()).isEqualTo(p1.id());
      assertThat(read.reason()).isEqualTo("prices moved");
      assertThat(read.createdAt()).as("kept to the millisecond, as DATETIME(3) stores it")
          .isEqualTo(Instant.parse("2024-08-12T18:00:00.456Z"));

      Prediction bareRead = ledger.latest(other).block();
      assertThat(bareRead).isEqualTo(p3);
      assertThat(bareRead.kickoff()).isNull();
      assertThat(bareRead.market()).isNull();
      assertThat(bareRead.topScores()).isEmpty();
      assertThat(bareRead.homeWin()).as("ten decimals are kept").isEqualTo(0.1234567890);
      assertThat(bareRead.awayWin()).isEqualTo(0.5765432110);
      assertThat(bareRead.expectedHomeGoals()).isEqualTo(1.2345678901);
      assertThat(bareRead.homeTeam()).isEqualTo("Real Madrid, CF");
      assertThat(bareRead.awayTeam()).isEqualTo("Girona \"FC\"");
      assertThat(bareRead.reason()).isEqualTo("prices moved | by 2 pp");

      assertThat(ledger.history(match).collectList().block()).containsExactly(p1, p2);
      assertThat(ledger.latest(List.of(other, match, unusedMatchId())).collectList().block()).containsExactly(p2, p3);
      assertThat(ledger.latest(List.of()).collectList().block()).isEmpty();
      assertThat(ledger.latest(unusedMatchId()).block()).isNull();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAPredictionAndNothingChanges() {
      Prediction recorded = ledger.record(prediction(unusedMatchId(), 0.5, 0.3, 0.2,
          Instant.parse("2024-08-10T09:30:00Z"))).block();
      String refusal = "The prediction ledger is append-only: rows are never updated or deleted;"
          + " record a correction as a new row";

      assertThatThrownBy(() -> db.sql("UPDATE prediction SET home_win = 0.9 WHERE id = " + recorded.id())
          .fetch().rowsUpdated().block()).hasMessageContaining(refusal);
      assertThatThrownBy(() -> db.sql("DELETE FROM prediction WHERE id = " + recorded.id())
          .fetch().rowsUpdated().block()).hasMessageContaining(refusal);

      assertThat(ledger.latest(recorded.matchId()).block()).isEqualTo(recorded);
      assertThat(db.sql("SELECT row_hash FROM prediction WHERE id = " + recorded.id())
          .map(row -> row.get("row_hash", String.class)).one().block())
          .isEqualTo(CanonicalRow.rowHash(recorded, db.sql("SELECT previous_hash FROM prediction WHERE id = "
              + recorded.id()).map(row -> row.get("previous_hash", String.class)).one().block()));
    }

    @Test
    void theExportedChainVerifiesAndARewrittenProbabilityIsFoundAtExactlyThatRow() {
      long match = unusedMatchId();
      ledger.record(prediction(match, 0.5, 0.3, 0.2, Instant.parse("2024-08-10T09:30:00Z"))).block();
      Prediction rewritten = ledger.record(prediction(match, 0.45, 0.3, 0.25, Instant.parse("2024-08-11T09:30:00Z")))
          .block();
      ledger.record(bare(unusedMatchId(), Instant.parse("2024-08-12T09:30:00Z"))).block();
      String csv = get("/ledger/export.csv");
      long rows = db.sql("SELECT COUNT(*) AS n FROM prediction").map(r -> ((Number) r.get("n")).longValue()).one()
          .block();
      long before = db.sql("SELECT COUNT(*) AS n FROM prediction WHERE id < " + rewritten.id())
          .map(r -> ((Number) r.get("n")).longValue()).one().block();

      LedgerVerifier.Verification intact = LedgerVerifier.verifyCsv(new StringReader(csv));
      assertThat(intact.intact()).as(String.valueOf(intact.problem())).isTrue();
      assertThat(intact.rowsChecked()).isEqualTo(rows);

      String line = csv.lines().filter(l -> l.startsWith(rewritten.id() + ",")).findFirst().orElseThrow();
      assertThat(line).contains(",0.4500000000,0.3000000000,0.2500000000,");
      String tampered = csv.replace(line, line.replace(",0.4500000000,", ",0.4600000000,"));
      LedgerVerifier.Verification broken = LedgerVerifier.verifyCsv(new StringReader(tampered));
      assertThat(broken.firstBadRow()).isEqualTo(rewritten.id());
      assertThat(broken.rowsChecked()).isEqualTo(before);
      assertThat(broken.problem()).isEqualTo("row_hash does not match the row's content");

      String removed = csv.lines().filter(l -> !l.equals(line)).collect(Collectors.joining("\n", "", "\n"));
      LedgerVerifier.Verification gap = LedgerVerifier.verifyCsv(new StringReader(removed));
      assertThat(gap.firstBadRow()).as("the row after a removed one no longer links").isEqualTo(rewritten.id() + 1);
    }

    @Test
    void concurrentAppendsTakeTurnsSoTheChainAndTheMatchsLinksStayUnbroken() {
      long match = unusedMatchId();
      List<Prediction> recorded = reactor.core.publisher.Flux.range(0, 12)
          .flatMap(i -> ledger.record(prediction(match, 0.5, 0.3, 0.2, Instant.parse("2024-08-10T09:30:00Z")
              .plusSeconds(i))).subscribeOn(reactor.core.scheduler.Schedulers.parallel()), 12)
          .collectList().block();

      List<Prediction> inOrder = recorded.stream().sorted(java.util.Comparator.comparingLong(Prediction::id)).toList();
      assertThat(inOrder.get(0).previousId()).isZero();
      for (int i = 1; i < inOrder.size(); i++) {
        assertThat(inOrder.get(i).previousId()).as("each links to the one appended just before it")
            .isEqualTo(inOrder.get(i - 1).id());
      }
      LedgerVerifier.Verification verification = LedgerVerifier.verifyCsv(new StringReader(get("/ledger/export.csv")));
      assertThat(verification.intact()).as(String.valueOf(verification.problem())).isTrue();
      assertThat(db.sql("SELECT last_id FROM ledger_head").map(r -> r.get("last_id", Long.class)).one().block())
          .isEqualTo(db.sql("SELECT MAX(id) AS m FROM prediction").map(r -> r.get("m", Long.class)).one().block());
    }

    @Test
    void theJsonExportHasEveryColumnOfEveryRowOldestFirst() {
      Prediction recorded = ledger.record(bare(unusedMatchId(), Instant.parse("2024-08-12T09:30:00Z"))).block();
      long rows = db.sql("SELECT COUNT(*) AS n FROM prediction").map(r -> ((Number) r.get("n")).longValue()).one()
          .block();
      String rowHash = db.sql("SELECT row_hash FROM prediction WHERE id = " + recorded.id())
          .map(r -> r.get("row_hash", String.class)).one().block();
      String row = "$[?(@.id == " + recorded.id() + ")].";

      client().get().uri("/ledger/export.json").exchange().expectStatus().isOk()
          .expectHeader().contentTypeCompatibleWith("application/json")
          .expectBody()
          .jsonPath("$.length()").isEqualTo((int) rows)
          .jsonPath("$[0].previous_hash").isEqualTo(CanonicalRow.GENESIS)
          .jsonPath(row + "home_win").isEqualTo(0.123456789)
          .jsonPath(row + "home_team").isEqualTo("Real Madrid, CF")
          .jsonPath(row + "away_team").isEqualTo("Girona \"FC\"")
          .jsonPath(row + "kickoff_at").isEqualTo((Object) null)
          .jsonPath(row + "market_home_win").isEqualTo((Object) null)
          .jsonPath(row + "top_scores").isEqualTo("")
          .jsonPath(row + "created_at").isEqualTo("2024-08-12T09:30:00.000Z")
          .jsonPath(row + "row_hash").isEqualTo(rowHash);
    }

    String get(String path) {
      return client().get().uri(path).exchange().expectStatus().isOk()
          .expectHeader().contentTypeCompatibleWith("text/csv")
          .expectBody(String.class).returnResult().getResponseBody();
    }

    WebTestClient client() {
      return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
