package com.matchcast.ledger;

import com.matchcast.goals.ScoreGridParameters;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import java.time.Clock;
import java.util.Collection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import com.matchcast.prediction.PredictionQuery;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The ledger in the prediction table: append-only, one global hash chain in id order.
 *
 * <p>An append locks the single ledger_head row (SELECT ... FOR UPDATE) in its transaction,
 * takes the next id and the last row's hash from it, inserts the row and moves the head. Appends
 * from several instances sharing one database therefore run one after the other, and the chain
 * never forks. The database refuses updates and deletes of prediction rows (migration V8).
 */
@Component
public class R2dbcPredictionLedger implements PredictionLedger {

  private final DatabaseClient db;
  private final TransactionalOperator transaction;
  private final Clock clock;

  public R2dbcPredictionLedger(DatabaseClient db, ReactiveTransactionManager transactionManager,
      ObjectProvider<Clock> clock) {
    this.db = db;
    this.transaction = TransactionalOperator.create(transactionManager);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Records the prediction; a null createdAt is stamped with the clock. Returns it as stored. */
  @Override
  public Mono<Prediction> record(Prediction prediction) {
    Mono<Prediction> append = db.sql("SELECT last_id, last_hash FROM ledger_head WHERE id = 1 FOR UPDATE")
        .map(row -> new Head(row.get("last_id", Long.class), row.get("last_hash", String.class))).one()
        .switchIfEmpty(Mono.error(() -> new IllegalStateException("ledger_head row missing: migration V7 not applied")))
        .flatMap(head -> previousOf(prediction.matchId()).flatMap(previous -> {
          Prediction stored = LedgerRows.stored(prediction, head.lastId() + 1, previous,
              prediction.createdAt() == null ? clock.instant() : prediction.createdAt());
          LedgerEntry entry = new LedgerEntry(stored, head.lastHash(), CanonicalRow.rowHash(stored, head.lastHash()));
          return LedgerRows.bindInsert(db.sql(LedgerRows.INSERT), entry).fetch().rowsUpdated()
              .then(insertGrid(stored))
              .then(db.sql("UPDATE ledger_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                  .bind("id", stored.id()).bind("hash", entry.rowHash()).fetch().rowsUpdated())
              .thenReturn(stored);
        }));
    return transaction.transactional(append);
  }

  @Override
  public Mono<Prediction> latest(long matchId) {
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE match_id = :match ORDER BY id DESC LIMIT 1")
        .bind("match", matchId).map(LedgerRows::read).one().map(LedgerEntry::prediction);
  }

  /** In ledger order (oldest first). */
  @Override
  public Flux<Prediction> latest(Collection<Long> matchIds) {
    if (matchIds.isEmpty()) {
      return Flux.empty();
    }
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE id IN (SELECT MAX(id) FROM prediction"
            + " WHERE match_id IN (:matches) GROUP BY match_id) ORDER BY id")
        .bind("matches", java.util.List.copyOf(matchIds)).map(LedgerRows::read).all().map(LedgerEntry::prediction);
  }

  @Override
  public Flux<Prediction> history(long matchId) {
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE match_id = :match ORDER BY id")
        .bind("match", matchId).map(LedgerRows::read).all().map(LedgerEntry::prediction);
  }

  /** Oldest first within each match. */
  @Override
  public Flux<Prediction> histories(Collection<Long> matchIds) {
    if (matchIds.isEmpty()) {
      return Flux.empty();
    }
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE match_id IN (:matches) ORDER BY id")
        .bind("matches", java.util.List.copyOf(matchIds)).map(LedgerRows::read).all().map(LedgerEntry::prediction);
  }

  @Override
  public Mono<Prediction> find(long id) {
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE id = :id").bind("id", id)
        .map(LedgerRows::read).one().map(LedgerEntry::prediction);
  }

  @Override
  public Flux<Prediction> search(PredictionQuery query, int limit, long beforeId) {
    LedgerSearch where = LedgerSearch.of(query);
    String keyset = beforeId > 0 ? (where.sql().isEmpty() ? " WHERE" : " AND") + " id < :beforeId" : "";
    GenericExecuteSpec spec = db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction" + where.sql() + keyset
        + " ORDER BY id DESC LIMIT " + Math.max(0, limit));
    spec = where.bind(spec);
    if (beforeId > 0) {
      spec = spec.bind("beforeId", beforeId);
    }
    return spec.map(LedgerRows::read).all().map(LedgerEntry::prediction);
  }

  @Override
  public Mono<Long> count(PredictionQuery query) {
    LedgerSearch where = LedgerSearch.of(query);
    return where.bind(db.sql("SELECT COUNT(*) AS n FROM prediction" + where.sql()))
        .map(row -> ((Number) row.get("n")).longValue()).one();
  }

  /** Every row with its chain hashes, oldest first, streamed as the database delivers them. */
  public Flux<LedgerEntry> entries() {
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction ORDER BY id").map(LedgerRows::read).all();
  }

  /** In the same transaction as the row: a prediction and its grid are kept together or not at all. */
  private Mono<Long> insertGrid(Prediction stored) {
    ScoreGridParameters grid = stored.scoreGrid();
    if (grid == null) {
      return Mono.just(0L);
    }
    return db.sql(LedgerRows.INSERT_GRID).bind("id", stored.id()).bind("homeRate", grid.homeRate())
        .bind("awayRate", grid.awayRate()).bind("rho", grid.rho()).bind("maxGoals", grid.maxGoals())
        .fetch().rowsUpdated();
  }

  @Override
  public Mono<ScoreGridParameters> scoreGrid(long predictionId) {
    return db.sql("SELECT home_rate, away_rate, rho, max_goals FROM prediction_goal_grid WHERE prediction_id = :id")
        .bind("id", predictionId)
        .map(row -> new ScoreGridParameters(((Number) row.get("home_rate")).doubleValue(),
            ((Number) row.get("away_rate")).doubleValue(), ((Number) row.get("rho")).doubleValue(),
            ((Number) row.get("max_goals")).intValue()))
        .one();
  }

  private Mono<Long> previousOf(long matchId) {
    return db.sql("SELECT id FROM prediction WHERE match_id = :match ORDER BY id DESC LIMIT 1").bind("match", matchId)
        .map(row -> row.get("id", Long.class)).one().defaultIfEmpty(0L);
  }

  private record Head(long lastId, String lastHash) {}
}
