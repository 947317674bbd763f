package com.matchcast.rating;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads stored rating histories for many clubs in one query. */
@Component
public class RatingHistoryQueries {

  /** One club's history in one rating system. */
  public record Key(long teamId, String system) {}

  private final DatabaseClient db;

  public RatingHistoryQueries(DatabaseClient db) {
    this.db = db;
  }

  /** The points of these histories rated before {@code before}, or all of them when it is null. */
  public Mono<Map<Key, List<RatingPoint>>> histories(Set<Key> keys, LocalDate before) {
    List<Long> teams = keys.stream().map(Key::teamId).distinct().toList();
    List<String> systems = keys.stream().map(Key::system).distinct().toList();
    String sql = "SELECT team_id, rating_system, rated_on, rating FROM rating_history"
        + " WHERE team_id IN (:teams) AND rating_system IN (:systems)"
        + (before == null ? "" : " AND rated_on < :before") + " ORDER BY rated_on, id";
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("teams", teams).bind("systems", systems);
    return (before == null ? spec : spec.bind("before", before))
        .map(row -> Map.entry(new Key(((Number) row.get("team_id")).longValue(), row.get("rating_system", String.class)),
            new RatingPoint(row.get("rated_on", LocalDate.class), ((Number) row.get("rating")).doubleValue())))
        .all()
        .collect(HashMap<Key, List<RatingPoint>>::new,
            (map, e) -> map.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()))
        .map(found -> {
          Map<Key, List<RatingPoint>> all = new HashMap<>();
          keys.forEach(key -> all.put(key, found.getOrDefault(key, List.of())));
          return all;
        });
  }
}
