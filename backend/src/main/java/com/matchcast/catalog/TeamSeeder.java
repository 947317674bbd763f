package com.matchcast.catalog;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts the seeded clubs and aliases (catalog/teams.csv) into the database, adding only what is
 * missing, so that a club's spellings across years and sources point at one row from the very
 * first import.
 */
final class TeamSeeder {

  private final DatabaseClient db;

  TeamSeeder(DatabaseClient db) {
    this.db = db;
  }

  Mono<Void> seed(TeamSeed seed) {
    return existingTeams().flatMap(teams -> insertMissingTeams(seed, teams))
        .then(existingTeams())
        .flatMap(teams -> existingAliases().flatMap(aliases -> insertMissingAliases(seed, teams, aliases)));
  }

  private Mono<Void> insertMissingTeams(TeamSeed seed, Map<String, Long> teams) {
    Set<String> missing = new HashSet<>();
    Map<String, String[]> toInsert = new LinkedHashMap<>();
    for (TeamSeed.Row row : seed.rows()) {
      String key = row.country() + "|" + row.team();
      if (!teams.containsKey(key) && missing.add(key)) {
        toInsert.put(key, new String[] {row.team(), row.country()});
      }
    }
    return Flux.fromIterable(toInsert.values())
        .concatMap(t -> db.sql("INSERT INTO team (name, country) VALUES (:name, :country)")
            .bind("name", t[0]).bind("country", t[1]).then())
        .then();
  }

  private Mono<Void> insertMissingAliases(TeamSeed seed, Map<String, Long> teams, Set<String> aliases) {
    Map<String, Object[]> toInsert = new LinkedHashMap<>();
    for (TeamSeed.Row row : seed.rows()) {
      String normalized = TeamNames.normalize(row.alias());
      String key = row.source() + "|" + row.country() + "|" + normalized;
      Long teamId = teams.get(row.country() + "|" + row.team());
      if (teamId != null && !aliases.contains(key)) {
        toInsert.putIfAbsent(key, new Object[] {teamId, row.source(), row.alias(), normalized, row.country()});
      }
    }
    return Flux.fromIterable(toInsert.values())
        .concatMap(a -> db.sql("INSERT INTO team_alias (team_id, source, alias, normalized_name, country)"
                + " VALUES (:team, :source, :alias, :normalized, :country)")
            .bind("team", a[0]).bind("source", a[1]).bind("alias", a[2]).bind("normalized", a[3])
            .bind("country", a[4]).then())
        .then();
  }

  private Mono<Map<String, Long>> existingTeams() {
    return db.sql("SELECT id, name, country FROM team")
        .map(row -> Map.entry(row.get("country", String.class) + "|" + row.get("name", String.class),
            row.get("id", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  private Mono<Set<String>> existingAliases() {
    return db.sql("SELECT source, country, normalized_name FROM team_alias")
        .map(row -> row.get("source", String.class) + "|" + row.get("country", String.class) + "|"
            + row.get("normalized_name", String.class))
        .all()
        .collect(HashSet::new, Set::add);
  }
}
