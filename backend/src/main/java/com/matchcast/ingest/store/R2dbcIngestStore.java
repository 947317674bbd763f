package com.matchcast.ingest.store;

import com.matchcast.catalog.LeagueSeasonRegistry;
import com.matchcast.catalog.TeamDirectory;
import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.IngestStore;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The ingest store on R2DBC: resolve the catalog, then write the whole batch (matches,
 * statistics, odds, rejected rows) in one transaction, and record the run either way. A batch
 * that fails leaves the database as it was before it and a FAILED run with the reason.
 */
@Component
public class R2dbcIngestStore implements IngestStore {

  private final IngestRunLog runs;
  private final EventBus events;
  private final RecordResolver resolver;
  private final MatchWriter writer;
  private final TransactionalOperator transaction;
  private final RunHeartbeat heartbeat;

  /**
   * @param heartbeat how often a RUNNING run tells other instances it is alive; keep it well
   *                  under {@code matchcast.ingest.stale-after} (see {@link AbandonedRuns})
   */
  public R2dbcIngestStore(DatabaseClient db, ConnectionFactory connectionFactory, TeamDirectory teams,
      LeagueSeasonRegistry leagueSeasons, ReactiveTransactionManager transactionManager,
      @Value("${matchcast.ingest.heartbeat:30s}") Duration heartbeat, EventBus events) {
    this.events = events;
    var markers = BindMarkersFactoryResolver.resolve(connectionFactory);
    this.runs = new IngestRunLog(db, markers);
    this.resolver = new RecordResolver(db, leagueSeasons, teams);
    this.writer = new MatchWriter(db, markers);
    this.transaction = TransactionalOperator.create(transactionManager);
    this.heartbeat = new RunHeartbeat(runs, heartbeat);
  }

  @Override
  public Mono<IngestRunSummary> skipIfUnchanged(String source, String target, String contentHash) {
    Instant started = Instant.now();
    return runs.lastStoredHash(source, target)
        .filter(last -> last.isPresent() && last.get().equals(contentHash))
        .flatMap(last -> runs.start(source, target, utc(started), contentHash))
        .flatMap(runId -> finish(IngestRunSummary.empty(runId, source, target, IngestStatus.UNCHANGED,
            Duration.between(started, Instant.now()), "content unchanged since the last run")));
  }

  @Override
  public Mono<IngestRunSummary> store(SourceBatch batch) {
    Instant started = Instant.now();
    return skipIfUnchanged(batch.source(), batch.target(), batch.contentHash())
        .switchIfEmpty(Mono.defer(() -> runs.start(batch.source(), batch.target(), utc(started), batch.contentHash())
            .flatMap(runId -> heartbeat.whileRunning(runId, write(runId, batch, started)
                .onErrorResume(e -> finish(failure(runId, batch.source(), batch.target(), started, e)))))));
  }

  @Override
  public Mono<IngestRunSummary> recordFailure(String source, String target, Instant startedAt, String reason) {
    return runs.start(source, target, utc(startedAt), null)
        .flatMap(runId -> finish(IngestRunSummary.empty(runId, source, target, IngestStatus.FAILED,
            Duration.between(startedAt, Instant.now()), reason)));
  }

  private Mono<IngestRunSummary> write(long runId, SourceBatch batch, Instant started) {
    return resolver.resolve(batch.records()).flatMap(resolution -> transaction.transactional(
        writer.write(runId, batch.source(), resolution.resolved()).flatMap(outcome -> {
          List<RejectedRecord> refusedRecords = new ArrayList<>(resolution.rejects());
          refusedRecords.addAll(outcome.rejects());
          List<RejectedRecord> rejects = new ArrayList<>(batch.rejects());
          rejects.addAll(refusedRecords);
          return runs.reject(runId, rejects)
              .thenReturn(summary(runId, batch, started, outcome, refusedRecords, rejects, resolution.newClubs()));
        })))
        .flatMap(this::finish);
  }

  /**
   * Every row read is counted once: stored (inserted, updated or unchanged) or rejected. A
   * value dropped from a row that was stored is counted apart, as a value rejected.
   */
  private IngestRunSummary summary(long runId, SourceBatch batch, Instant started, MatchWriter.Outcome outcome,
      List<RejectedRecord> refusedRecords, List<RejectedRecord> rejects, List<String> newClubs) {
    Set<String> recordRows = new HashSet<>();
    batch.records().forEach(r -> recordRows.add(r.location()));
    Set<String> refusedRows = new HashSet<>();
    Set<String> duplicateRows = new HashSet<>();
    refusedRecords.forEach(r -> refusedRows.add(r.location()));
    batch.rejects().stream().filter(r -> !recordRows.contains(r.location())).forEach(r -> refusedRows.add(r.location()));
    rejects.stream().filter(IngestRunLog::isDuplicate).forEach(r -> duplicateRows.add(r.location()));
    refusedRows.removeAll(duplicateRows);
    int valuesRejected = (int) batch.rejects().stream()
        .filter(r -> recordRows.contains(r.location()) && !refusedRows.contains(r.location())
            && !duplicateRows.contains(r.location()))
        .count();
    Map<String, Integer> byReason = new TreeMap<>();
    rejects.forEach(r -> byReason.merge(reasonGroup(r.reason()), 1, Integer::sum));
    return new IngestRunSummary(runId, batch.source(), batch.target(), IngestStatus.SUCCEEDED, batch.rowsRead(),
        outcome.inserted(), outcome.updated(), outcome.unchanged(), refusedRows.size(), duplicateRows.size(),
        (int) outcome.oddsRows(), valuesRejected, byReason, outcome.changedFields(), newClubs,
        Duration.between(started, Instant.now()), changes(outcome.changedFields(), newClubs, valuesRejected));
  }

  /** What the run changed beyond its counts, for the run's message; null when there is nothing to say. */
  static String changes(Map<String, Integer> changedFields, List<String> newClubs, int valuesRejected) {
    List<String> parts = new ArrayList<>();
    if (!changedFields.isEmpty()) {
      parts.add("changed: " + changedFields.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(java.util.stream.Collectors.joining(", ")));
    }
    if (!newClubs.isEmpty()) {
      parts.add("new clubs: " + String.join(", ", newClubs));
    }
    if (valuesRejected > 0) {
      parts.add(valuesRejected + " value" + (valuesRejected == 1 ? "" : "s") + " left out of stored rows");
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  private static IngestRunSummary failure(long runId, String source, String target, Instant started, Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String reason = e == cause ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + cause.getMessage() + ")";
    return IngestRunSummary.empty(runId, source, target, IngestStatus.FAILED, Duration.between(started, Instant.now()),
        reason);
  }

  private Mono<IngestRunSummary> finish(IngestRunSummary summary) {
    return runs.finish(summary).thenReturn(summary)
        .doOnNext(done -> events.publish(new IngestRunFinished(done, Instant.now())));
  }

  /** The part of a reason before ": " names its kind; the rest is detail. */
  static String reasonGroup(String reason) {
    int colon = reason == null ? -1 : reason.indexOf(": ");
    return reason == null ? "unknown" : colon < 0 ? reason : reason.substring(0, colon);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
