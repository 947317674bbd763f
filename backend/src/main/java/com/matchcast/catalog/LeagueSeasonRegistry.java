package com.matchcast.catalog;

import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Ids of the league and season rows, created on first use. Leagues come from the league
 * catalog only, so a typo in a division code cannot create a phantom league. Creation is
 * idempotent (INSERT IGNORE), so collectors running side by side cannot trip over each other.
 */
@Component
public class LeagueSeasonRegistry {

  private final DatabaseClient db;
  private final LeagueCatalog catalog = LeagueCatalog.standard();
  private final Map<String, Integer> leagues = new ConcurrentHashMap<>();
  private final Map<String, Integer> seasons = new ConcurrentHashMap<>();

  public LeagueSeasonRegistry(DatabaseClient db) {
    this.db = db;
  }

  public Optional<LeagueDefinition> definition(String leagueCode) {
    return catalog.byCode(leagueCode);
  }

  public Mono<Integer> league(LeagueDefinition league) {
    Integer cached = leagues.get(league.code());
    if (cached != null) {
      return Mono.just(cached);
    }
    return db.sql("INSERT IGNORE INTO league (code, name, country, tier) VALUES (:code, :name, :country, :tier)")
        .bind("code", league.code()).bind("name", league.name()).bind("country", league.country())
        .bind("tier", league.tier())
        .then()
        .then(db.sql("SELECT id FROM league WHERE code = :code").bind("code", league.code())
            .map(row -> row.get("id", Integer.class)).one())
        .doOnNext(id -> leagues.put(league.code(), id));
  }

  public Mono<Integer> season(String code) {
    Integer cached = seasons.get(code);
    if (cached != null) {
      return Mono.just(cached);
    }
    return Mono.fromCallable(() -> nominalRange(code))
        .flatMap(range -> db.sql("INSERT IGNORE INTO season (code, starts_on, ends_on) VALUES (:code, :starts, :ends)")
            .bind("code", code).bind("starts", range[0]).bind("ends", range[1])
            .then())
        .then(db.sql("SELECT id FROM season WHERE code = :code").bind("code", code)
            .map(row -> row.get("id", Integer.class)).one())
        .doOnNext(id -> seasons.put(code, id));
  }

  /** "2023-2024" runs from July to June; a calendar-year season "2023" from January to December. */
  static LocalDate[] nominalRange(String code) {
    if (SeasonCodes.isValid(code)) {
      return new LocalDate[] {SeasonCodes.startOf(code), SeasonCodes.endOf(code)};
    }
    if (code != null && code.matches("\\d{4}")) {
      int year = Integer.parseInt(code);
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    }
    throw new IllegalArgumentException("season must look like 2023-2024 or 2023, got " + code);
  }
}
