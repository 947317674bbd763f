package com.matchcast.match.persistence;

import com.matchcast.match.MatchStatisticsLine;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Stored statistics of a batch of matches. */
@Repository
public class StatisticsQueries {

  private final DatabaseClient db;

  public StatisticsQueries(DatabaseClient db) {
    this.db = db;
  }

  public Flux<MatchStatisticsLine> forMatches(Collection<Long> matchIds) {
    return db.sql("SELECT * FROM match_statistics WHERE match_id IN (:ids) ORDER BY match_id, source")
        .bind("ids", matchIds)
        .map(StatisticsQueries::statistics)
        .all();
  }

  private static MatchStatisticsLine statistics(Readable row) {
    return new MatchStatisticsLine(
        Columns.longValue(row, "match_id"),
        row.get("source", String.class),
        Columns.integer(row, "home_shots"),
        Columns.integer(row, "away_shots"),
        Columns.integer(row, "home_shots_on_target"),
        Columns.integer(row, "away_shots_on_target"),
        Columns.integer(row, "home_corners"),
        Columns.integer(row, "away_corners"),
        Columns.integer(row, "home_fouls"),
        Columns.integer(row, "away_fouls"),
        Columns.integer(row, "home_yellow_cards"),
        Columns.integer(row, "away_yellow_cards"),
        Columns.integer(row, "home_red_cards"),
        Columns.integer(row, "away_red_cards"),
        Columns.decimal(row, "home_expected_goals"),
        Columns.decimal(row, "away_expected_goals"));
  }
}
