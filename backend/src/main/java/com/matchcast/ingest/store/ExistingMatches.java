package com.matchcast.ingest.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The matches already stored for the leagues and seasons of a batch, looked up by natural key
 * and by the source's own id, and the days on which each club already plays.
 */
final class ExistingMatches {

  private final Map<NaturalKey, StoredMatch> byKey = new HashMap<>();
  private final Map<String, StoredMatch> byExternalId = new HashMap<>();
  private final Set<String> clubDays = new HashSet<>();

  StoredMatch find(ResolvedRecord r) {
    String externalId = r.record().externalId();
    StoredMatch byId = externalId == null ? null : byExternalId.get(externalId);
    return byId != null ? byId : byKey.get(r.naturalKey());
  }

  /** True when either club of this new match already plays that day; marks the day taken otherwise. */
  boolean clubAlreadyPlays(NaturalKey key) {
    boolean taken = clubDays.contains(clubDay(key.homeTeamId(), key.date()))
        || clubDays.contains(clubDay(key.awayTeamId(), key.date()));
    if (!taken) {
      markDays(key);
    }
    return taken;
  }

  Long idOf(NaturalKey key) {
    StoredMatch match = byKey.get(key);
    return match == null ? null : match.id();
  }

  static Mono<ExistingMatches> load(DatabaseClient db, String source, Set<List<Integer>> leagueSeasons) {
    ExistingMatches existing = new ExistingMatches();
    return Flux.fromIterable(leagueSeasons)
        .concatMap(pair -> db.sql("SELECT m.id, m.match_date, m.home_team_id, m.away_team_id, s.record_hash,"
                + " s.external_id FROM matches m LEFT JOIN match_source s ON s.match_id = m.id AND s.source = :source"
                + " WHERE m.league_id = :league AND m.season_id = :season")
            .bind("source", source).bind("league", pair.get(0)).bind("season", pair.get(1))
            .map(row -> new StoredMatch(row.get("id", Long.class),
                new NaturalKey(pair.get(0), pair.get(1), row.get("match_date", LocalDate.class),
                    row.get("home_team_id", Long.class), row.get("away_team_id", Long.class)),
                row.get("record_hash", String.class), row.get("external_id", String.class)))
            .all())
        .doOnNext(existing::add)
        .then(Mono.just(existing));
  }

  private void add(StoredMatch match) {
    byKey.put(match.key(), match);
    if (match.externalId() != null) {
      byExternalId.put(match.externalId(), match);
    }
    markDays(match.key());
  }

  private void markDays(NaturalKey key) {
    clubDays.add(clubDay(key.homeTeamId(), key.date()));
    clubDays.add(clubDay(key.awayTeamId(), key.date()));
  }

  private static String clubDay(long teamId, LocalDate date) {
    return teamId + "@" + date;
  }
}
