package com.matchcast.ingest.apifootball;

import com.matchcast.catalog.LeagueDefinition;
import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * The league and season rows a table snapshot refers to, created from the catalog when a
 * table arrives before any match of that season has been stored.
 */
class LeagueSeasonRows {

  record Ids(int leagueId, int seasonId) {}

  private final DatabaseClient db;

  LeagueSeasonRows(DatabaseClient db) {
    this.db = db;
  }

  Mono<Ids> ids(LeagueDefinition league, String seasonCode) {
    int startYear = Integer.parseInt(seasonCode.substring(0, 4));
    Mono<Void> ensure = db.sql("INSERT IGNORE INTO league (code, name, country, tier) VALUES (:code, :name, :country, :tier)")
        .bind("code", league.code()).bind("name", league.name()).bind("country", league.country())
        .bind("tier", league.tier()).then()
        .then(db.sql("INSERT IGNORE INTO season (code, starts_on, ends_on) VALUES (:code, :starts, :ends)")
            .bind("code", seasonCode).bind("starts", LocalDate.of(startYear, 7, 1))
            .bind("ends", LocalDate.of(startYear + 1, 6, 30)).then());
    Mono<Integer> leagueId = db.sql("SELECT id FROM league WHERE code = :code").bind("code", league.code())
        .map(row -> row.get("id", Integer.class)).one();
    Mono<Integer> seasonId = db.sql("SELECT id FROM season WHERE code = :code").bind("code", seasonCode)
        .map(row -> row.get("id", Integer.class)).one();
    return ensure.then(Mono.zip(leagueId, seasonId, Ids::new));
  }
}
