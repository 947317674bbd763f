package com.matchcast.match.persistence;

import com.matchcast.match.Odds;
import com.matchcast.matchdata.Market;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Stored prices of a batch of matches. */
@Repository
public class OddsQueries {

  private final DatabaseClient db;

  public OddsQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<Odds> forMatches(Collection<Long> matchIds) {
    return db.sql("SELECT match_id, bookmaker, market, line, closing, home_price, draw_price, away_price, "
            + "over_price, under_price, yes_price, no_price, collected_at, source FROM odds "
            + "WHERE match_id IN (:ids) ORDER BY match_id, market, closing, bookmaker, line, id")
        .bind("ids", matchIds)
        .map(OddsQueries::odds)
        .all();
  }

  private static Odds odds(Readable row) {
    return new Odds(
        Columns.longValue(row, "match_id"),
        row.get("bookmaker", String.class),
        Market.valueOf(row.get("market", String.class)),
        Columns.decimal(row, "line"),
        Columns.bool(row, "closing"),
        Columns.decimal(row, "home_price"),
        Columns.decimal(row, "draw_price"),
        Columns.decimal(row, "away_price"),
        Columns.decimal(row, "over_price"),
        Columns.decimal(row, "under_price"),
        Columns.decimal(row, "yes_price"),
        Columns.decimal(row, "no_price"),
        Columns.utc(row, "collected_at"),
        row.get("source", String.class));
  }
}
