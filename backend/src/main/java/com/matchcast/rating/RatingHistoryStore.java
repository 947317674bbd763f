package com.matchcast.rating;

import com.matchcast.persistence.MultiRowInsert;
import io.r2dbc.spi.ConnectionFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import org.springframework.r2dbc.core.binding.BindMarkersFactoryResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Stores every club's rating histories (Elo, pi-ratings, Dixon-Coles strengths) as the latest
 * training computed them, replacing the previous ones in one transaction, and links each club
 * key to its team row where the catalog knows it.
 */
@Component
public class RatingHistoryStore {

  private static final MultiRowInsert POINTS = new MultiRowInsert("rating_history", List.of(
      new MultiRowInsert.Column("club_key", String.class), new MultiRowInsert.Column("rating_system", String.class),
      new MultiRowInsert.Column("rated_on", LocalDate.class), new MultiRowInsert.Column("rating", Double.class),
      new MultiRowInsert.Column("team_id", Long.class)));

  private final DatabaseClient db;
  private final BindMarkersFactory markers;
  private final TransactionalOperator transaction;

  public RatingHistoryStore(DatabaseClient db, ConnectionFactory connectionFactory,
      ReactiveTransactionManager transactionManager) {
    this.db = db;
    this.markers = BindMarkersFactoryResolver.resolve(connectionFactory);
    this.transaction = TransactionalOperator.create(transactionManager);
  }

  /**
   * Replaces the stored histories with those of the given clubs, one history per club and rating
   * system; returns the number of points stored.
   */
  public Mono<Long> replace(Collection<String> clubs, Map<RatingSystem, Function<String, List<RatingPoint>>> histories) {
    // club keys are linked to team rows before the write: an UPDATE joining a million points to the
    // catalog afterwards held the table for minutes while the API waited
    return db.sql("SELECT id, country, name FROM team")
        .map(row -> Map.entry(row.get("country", String.class) + "|" + row.get("name", String.class),
            row.get("id", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .flatMap(teams -> {
          List<Object[]> rows = new ArrayList<>();
          for (String club : clubs) {
            histories.forEach((system, history) -> add(rows, club, teams.get(club), system.name(),
                history.apply(club)));
          }
          return transaction.transactional(db.sql("DELETE FROM rating_history").then()
              .then(POINTS.execute(db, markers, rows)));
        });
  }

  private static void add(List<Object[]> rows, String club, Long teamId, String system, List<RatingPoint> history) {
    for (RatingPoint point : history) {
      rows.add(new Object[] {club, system, point.date(), point.value(), teamId});
    }
  }
}
