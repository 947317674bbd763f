package com.matchcast.catalog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.matchcast.catalog.League;
import com.matchcast.persistence.Columns;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Leagues and seasons as stored with the matches. */
@Repository
public class LeagueQueries {

  private final DatabaseClient db;

  public LeagueQueries(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Map<Integer, League>> byIds(Collection<Integer> ids) {
    return db.sql("SELECT id, code, name, country FROM league WHERE id IN (:ids)").bind("ids", ids)
        .map(row -> Map.entry(Columns.integer(row, "id"), new League(row.get("code", String.class),
            row.get("name", String.class), row.get("country", String.class))))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  /** Season codes with stored matches, per league code, oldest first. */
  public Mono<Map<String, List<String>>> seasonsByLeague(Collection<String> leagueCodes) {
    return db.sql("SELECT DISTINCT l.code AS league_code, s.code AS season_code FROM matches m "
            + "JOIN league l ON l.id = m.league_id JOIN season s ON s.id = m.season_id "
            + "WHERE l.code IN (:codes) ORDER BY s.code")
        .bind("codes", leagueCodes)
        .map(row -> Map.entry(row.get("league_code", String.class), row.get("season_code", String.class)))
        .all()
        .collectList()
        .map(pairs -> pairs.stream().collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList()))));
  }
}
