package com.matchcast.betting.persistence;

import com.matchcast.betting.Selection;
import com.matchcast.betting.ValuePick;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The live ledger of picks: table value_pick (V13). */
@Repository
public class PickStore {

  private static final String COLUMNS = "id, strategy, match_id, league, selection, prediction_id, model_probability, "
      + "market_probability, price, bookmaker, edge, stake, picked_at, status, closing_price, closing_probability, clv, "
      + "profit, settled_at";

  private final DatabaseClient db;

  public PickStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Records the pick unless the strategy already picked that selection of the match: the first
   * price that passed the rule is the one taken. True when it was recorded.
   */
  public Mono<Boolean> add(ValuePick pick) {
    return db.sql("INSERT IGNORE INTO value_pick (strategy, match_id, league, selection, prediction_id, "
            + "model_probability, market_probability, price, bookmaker, edge, stake, picked_at, status) VALUES "
            + "(:strategy, :match, :league, :selection, :prediction, :model, :market, :price, :bookmaker, :edge, "
            + ":stake, :pickedAt, :status)")
        .bind("strategy", pick.strategy()).bind("match", pick.matchId()).bind("league", pick.league())
        .bind("selection", pick.selection().name()).bind("prediction", pick.predictionId())
        .bind("model", pick.modelProbability()).bind("market", pick.marketProbability()).bind("price", pick.price())
        .bind("bookmaker", pick.bookmaker()).bind("edge", pick.edge()).bind("stake", pick.stake())
        .bind("pickedAt", utc(pick.pickedAt())).bind("status", pick.status().name())
        .fetch().rowsUpdated().map(rows -> rows > 0);
  }

  /** Writes a settled (or void) pick's closing price, CLV, status and return. */
  public Mono<Void> settle(ValuePick pick) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("UPDATE value_pick SET status = :status, closing_price = :closingPrice, "
            + "closing_probability = :closingProbability, clv = :clv, profit = :profit, settled_at = :settledAt "
            + "WHERE id = :id AND status = 'OPEN'")
        .bind("status", pick.status().name()).bind("profit", pick.profit()).bind("settledAt", utc(pick.settledAt()))
        .bind("id", pick.id());
    spec = bindNullable(spec, "closingPrice", pick.closingPrice());
    spec = bindNullable(spec, "closingProbability", pick.closingProbability());
    spec = bindNullable(spec, "clv", pick.clv());
    return spec.fetch().rowsUpdated().then();
  }

  public Flux<ValuePick> open(long matchId) {
    return db.sql("SELECT " + COLUMNS + " FROM value_pick WHERE match_id = :match AND status = 'OPEN' ORDER BY id")
        .bind("match", matchId).map(PickStore::pick).all();
  }

  /** The strategy's profit from settled picks so far: the paper bankroll is 100 plus this. */
  public Mono<Double> settledProfit(String strategy) {
    return db.sql("SELECT COALESCE(SUM(profit), 0) AS total FROM value_pick WHERE strategy = :strategy AND status <> 'OPEN'")
        .bind("strategy", strategy).map(row -> ((Number) row.get("total")).doubleValue()).one();
  }

  /** Picks in the order they were made (then settled), oldest first, up to {@code until} on the serving clock. */
  public Flux<ValuePick> picks(String strategy, Collection<String> leagues, Instant until) {
    String sql = "SELECT " + COLUMNS + " FROM value_pick WHERE picked_at <= :until"
        + (strategy == null ? "" : " AND strategy = :strategy")
        + (leagues.isEmpty() ? "" : " AND league IN (:leagues)") + " ORDER BY picked_at, id";
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("until", utc(until));
    if (strategy != null) {
      spec = spec.bind("strategy", strategy);
    }
    if (!leagues.isEmpty()) {
      spec = spec.bind("leagues", leagues);
    }
    return spec.map(PickStore::pick).all();
  }

  private static DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
      Double value) {
    return value == null ? spec.bindNull(name, Double.class) : spec.bind(name, value);
  }

  private static ValuePick pick(Readable row) {
    OffsetDateTime settled = Columns.utc(row, "settled_at");
    return new ValuePick(Columns.longValue(row, "id"), row.get("strategy", String.class),
        Columns.longValue(row, "match_id"), row.get("league", String.class),
        Selection.valueOf(row.get("selection", String.class)), Columns.longValue(row, "prediction_id"),
        number(row, "model_probability"), number(row, "market_probability"), number(row, "price"),
        row.get("bookmaker", String.class), number(row, "edge"), number(row, "stake"),
        Columns.utc(row, "picked_at").toInstant(), ValuePick.Status.valueOf(row.get("status", String.class)),
        nullableNumber(row, "closing_price"), nullableNumber(row, "closing_probability"), nullableNumber(row, "clv"),
        nullableNumber(row, "profit"), settled == null ? null : settled.toInstant());
  }

  private static double number(Readable row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  private static Double nullableNumber(Readable row, String column) {
    Object value = row.get(column);
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
