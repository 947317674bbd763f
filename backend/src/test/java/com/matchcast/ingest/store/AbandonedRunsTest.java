package com.matchcast.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.run.IngestRun;
import com.matchcast.ingest.run.IngestRunService;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;

/**
 * Runs left RUNNING by a dead process are closed as ABORTED once their heartbeat is stale
 * (5 minutes by default); a run whose heartbeat is fresh belongs to a live instance and stays.
 */
class AbandonedRunsTest {

  abstract static class Contract {
    @Autowired AbandonedRuns abandonedRuns;
    @Autowired DatabaseClient db;
    @Autowired ConnectionFactory connectionFactory;
    @Autowired IngestRunService ingestRuns;

    @Test
    void closesRunsWhoseHeartbeatIsStaleAndLeavesLiveAndFinishedRunsAlone() {
      LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
      long dead = insert("RUNNING", LocalDateTime.of(2024, 3, 9, 14, 0, 5), LocalDateTime.of(2024, 3, 9, 14, 20, 35));
      long neverBeat = insert("RUNNING", LocalDateTime.of(2024, 3, 9, 16, 45, 0), null);
      long alive = insert("RUNNING", now.minusHours(2), now);
      long finished = insert("SUCCEEDED", LocalDateTime.of(2024, 3, 9, 13, 0, 0), null);

      java.time.OffsetDateTime sweepStarted = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
      assertThat(abandonedRuns.close().block()).isEqualTo(2);
      java.time.OffsetDateTime sweepEnded = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(1);

      assertThat(statusAndMessage(dead)).isEqualTo(
          "ABORTED aborted: no heartbeat since 2024-03-09 14:20:35 UTC (the process that ran it stopped)");
      assertThat(statusAndMessage(neverBeat)).as("a run with no heartbeat is judged by its start").isEqualTo(
          "ABORTED aborted: no heartbeat since 2024-03-09 16:45:00 UTC (the process that ran it stopped)");
      assertThat(statusAndMessage(alive)).isEqualTo("RUNNING null");
      assertThat(statusAndMessage(finished)).isEqualTo("SUCCEEDED null");
      assertThat(abandonedRuns.close().block()).as("a second sweep finds nothing").isZero();
      IngestRun shown = ingestRuns.latest(100).filter(run -> run.id() == dead).blockFirst();
      assertThat(shown.status()).as("as the ingestRuns query shows it").isEqualTo(IngestStatus.ABORTED);
      assertThat(shown.finishedAt()).as("closed by the sweep").isBetween(sweepStarted, sweepEnded);
    }

    @Test
    void aRunningStoreBeatsItsHeartbeatUntilItsWorkEnds() {
      IngestRunLog runs = new IngestRunLog(db, BindMarkersFactoryResolver.resolve(connectionFactory));
      LocalDateTime longAgo = LocalDateTime.of(2001, 1, 1, 0, 0);
      long runId = runs.start("football-data", "E0/heartbeat.csv", longAgo, null).block();
      RunHeartbeat heartbeat = new RunHeartbeat(runs, Duration.ofMillis(50));

      // The work ends only once a beat has been written: no timing is assumed, only that beats come.
      LocalDateTime beat = heartbeat.whileRunning(runId, Mono.defer(() -> heartbeatOf(runId))
              .filter(at -> at.isAfter(longAgo))
              .repeatWhenEmpty(ticks -> ticks.delayElements(Duration.ofMillis(20))))
          .block(Duration.ofSeconds(60));

      assertThat(beat).isAfter(longAgo);
      assertThat(abandonedRuns.close().block()).as("its heartbeat is fresh").isZero();
      assertThat(statusAndMessage(runId)).isEqualTo("RUNNING null");
    }

    private Mono<LocalDateTime> heartbeatOf(long runId) {
      return db.sql("SELECT heartbeat_at FROM ingest_run WHERE id = :id").bind("id", runId)
          .map(row -> row.get("heartbeat_at", LocalDateTime.class)).one();
    }

    private long insert(String status, LocalDateTime startedAt, LocalDateTime heartbeatAt) {
      var spec = db.sql("INSERT INTO ingest_run (source, target, started_at, heartbeat_at, status)"
              + " VALUES ('football-data', 'E0/abandoned.csv', :startedAt, :heartbeatAt, :status)")
          .bind("startedAt", startedAt)
          .bind("status", status);
      spec = heartbeatAt == null ? spec.bindNull("heartbeatAt", LocalDateTime.class)
          : spec.bind("heartbeatAt", heartbeatAt);
      return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one().block();
    }

    private String statusAndMessage(long runId) {
      return db.sql("SELECT status, message FROM ingest_run WHERE id = :id").bind("id", runId)
          .map(row -> row.get("status", String.class) + " " + row.get("message", String.class)).one().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = "matchcast.test.database=own")
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = "matchcast.test.database=own")
  class OnMariaDb extends Contract {}
}
