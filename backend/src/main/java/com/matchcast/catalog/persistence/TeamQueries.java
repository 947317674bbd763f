package com.matchcast.catalog.persistence;

import com.matchcast.catalog.Team;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Clubs as stored, found by id or by any spelling. */
@Repository
public class TeamQueries {

  private static final String TEAM_COLUMNS = "t.id, t.name, t.country";

  private final DatabaseClient db;

  public TeamQueries(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Team> byId(long id) {
    return db.sql("SELECT " + TEAM_COLUMNS + " FROM team t WHERE t.id = :id").bind("id", id).map(TeamQueries::team).one();
  }

  public Flux<Team> byIds(Collection<Long> ids) {
    return db.sql("SELECT " + TEAM_COLUMNS + " FROM team t WHERE t.id IN (:ids)").bind("ids", ids)
        .map(TeamQueries::team).all();
  }

  /** Matches the normalized key against every alias, and the raw text against canonical names. */
  public Flux<Team> search(String normalizedKey, String nameText, int limit) {
    return db.sql("SELECT " + TEAM_COLUMNS + " FROM team t WHERE LOWER(t.name) LIKE :name OR EXISTS ("
            + "SELECT 1 FROM team_alias a WHERE a.team_id = t.id AND a.normalized_name LIKE :key) "
            + "ORDER BY t.name, t.id LIMIT " + limit)
        .bind("name", "%" + nameText + "%").bind("key", "%" + normalizedKey + "%")
        .map(TeamQueries::team).all();
  }

  public Flux<Team> all(int limit) {
    return db.sql("SELECT " + TEAM_COLUMNS + " FROM team t ORDER BY t.name, t.id LIMIT " + limit)
        .map(TeamQueries::team).all();
  }

  /** Clubs whose alias key or canonical name equals the given spelling exactly. */
  public Flux<Team> byExactName(String normalizedKey, String name) {
    return db.sql("SELECT " + TEAM_COLUMNS + " FROM team t WHERE LOWER(t.name) = :name OR EXISTS ("
            + "SELECT 1 FROM team_alias a WHERE a.team_id = t.id AND a.normalized_name = :key) ORDER BY t.id")
        .bind("name", name).bind("key", normalizedKey)
        .map(TeamQueries::team).all();
  }

  private static Team team(Readable row) {
    return new Team(Columns.longValue(row, "id"), row.get("name", String.class), row.get("country", String.class));
  }
}
