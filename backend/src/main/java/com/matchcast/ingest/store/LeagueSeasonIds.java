package com.matchcast.ingest.store;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Ids of league and season rows, created on first use. Leagues come from the league catalog
 * only, so a typo in a division code cannot create a phantom league.
 */
class LeagueSeasonIds {

  private final DatabaseClient db;
  private final LeagueCatalog catalog;
  private final Map<String, Integer> leagues = new ConcurrentHashMap<>();
  private final Map<String, Integer> seasons = new ConcurrentHashMap<>();

  LeagueSeasonIds(DatabaseClient db, LeagueCatalog catalog) {
    this.db = db;
    this.catalog = catalog;
  }

  Optional<LeagueDefinition> definition(String leagueCode) {
    return catalog.byCode(leagueCode);
  }

  Mono<Integer> league(LeagueDefinition league) {
    Integer cached = leagues.get(league.code());
    if (cached != null) {
      return Mono.just(cached);
    }
    Mono<Integer> find = db.sql("SELECT id FROM league WHERE code = :code").bind("code", league.code())
        .map(row -> row.get("id", Integer.class)).one();
    Mono<Integer> create = db.sql("INSERT INTO league (code, name, country, tier) VALUES (:code, :name, :country, :tier)")
        .bind("code", league.code()).bind("name", league.name()).bind("country", league.country())
        .bind("tier", league.tier())
        .then().then(find);
    return find.switchIfEmpty(create).doOnNext(id -> leagues.put(league.code(), id));
  }

  Mono<Integer> season(String code) {
    Integer cached = seasons.get(code);
    if (cached != null) {
      return Mono.just(cached);
    }
    Mono<Integer> find = db.sql("SELECT id FROM season WHERE code = :code").bind("code", code)
        .map(row -> row.get("id", Integer.class)).one();
    Mono<Integer> create = Mono.defer(() -> {
      LocalDate[] range = nominalRange(code);
      return db.sql("INSERT INTO season (code, starts_on, ends_on) VALUES (:code, :starts, :ends)")
          .bind("code", code).bind("starts", range[0]).bind("ends", range[1])
          .then().then(find);
    });
    return find.switchIfEmpty(create).doOnNext(id -> seasons.put(code, id));
  }

  /** "2023-2024" runs from July to June; a calendar-year season "2023" from January to December. */
  static LocalDate[] nominalRange(String code) {
    if (code.matches("\\d{4}-\\d{4}")) {
      int start = Integer.parseInt(code.substring(0, 4));
      return new LocalDate[] {LocalDate.of(start, 7, 1), LocalDate.of(start + 1, 6, 30)};
    }
    if (code.matches("\\d{4}")) {
      int year = Integer.parseInt(code);
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    throw new IllegalArgumentException("season must look like 2023-2024 or 2023, got " + code);
  }

  /** Forgets cached ids, e.g. after a failed transaction rolled back rows created in it. */
  void clear() {
    leagues.clear();
    seasons.clear();
  }
}
