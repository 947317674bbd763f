package com.matchcast.ingest.store;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.LeagueSeasonRegistry;
import com.matchcast.catalog.TeamDirectory;
import com.matchcast.catalog.TeamResolution;
import com.matchcast.ingest.MatchRecord;
import com.matchcast.ingest.RejectedRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ties each record to catalog rows: league, season and both clubs. Runs before the batch
 * transaction; catalog rows it creates (a promoted club's first appearance) are real whatever
 * happens to the batch.
 */
class RecordResolver {

  /** Sources whose results files are the reference for which clubs exist. */
  static final Set<String> CLUB_AUTHORITIES = Set.of("football-data");

  record Resolution(List<ResolvedRecord> resolved, List<RejectedRecord> rejects) {}

  private final LeagueSeasonRegistry ids;
  private final TeamDirectory teams;

  RecordResolver(LeagueSeasonRegistry ids, TeamDirectory teams) {
    this.ids = ids;
    this.teams = teams;
  }

  Mono<Resolution> resolve(List<MatchRecord> records) {
    List<ResolvedRecord> resolved = new ArrayList<>(records.size());
    List<RejectedRecord> rejects = new ArrayList<>();
    return Flux.fromIterable(records)
        .concatMap(record -> resolveOne(record)
            .doOnNext(r -> resolved.add(r))
            .onErrorResume(Rejection.class, e -> {
              rejects.add(new RejectedRecord(record.location(), record.rawContent(), e.getMessage(),
                  record.leagueCode(), record.seasonCode()));
              return Mono.empty();
            }))
        .then(Mono.fromSupplier(() -> new Resolution(resolved, rejects)));
  }

  private Mono<ResolvedRecord> resolveOne(MatchRecord record) {
    Optional<LeagueDefinition> league = ids.definition(record.leagueCode());
    if (league.isEmpty()) {
      return Mono.error(new Rejection("unknown league: " + record.leagueCode()));
    }
    if (record.date() == null || record.seasonCode() == null) {
      return Mono.error(new Rejection("missing date or season"));
    }
    String country = league.get().country();
    // Both clubs are looked up even when the first is unknown, so every unknown name is reported.
    return Mono.zip(ids.league(league.get()), ids.season(record.seasonCode()),
            club(record, country, record.homeTeam()), club(record, country, record.awayTeam()))
        .flatMap(t -> {
          if (t.getT3().rejection() != null || t.getT4().rejection() != null) {
            return Mono.error(new Rejection(t.getT3().rejection() != null ? t.getT3().rejection() : t.getT4().rejection()));
          }
          if (t.getT3().teamId() == t.getT4().teamId()) {
            return Mono.error(new Rejection("same club on both sides: " + record.homeTeam() + " v " + record.awayTeam()));
          }
          return Mono.just(new ResolvedRecord(record, t.getT1(), t.getT2(), t.getT3().teamId(), t.getT4().teamId(),
              RecordFingerprint.of(record)));
        });
  }

  /** A club's id, or why there is none. */
  private record ClubLookup(long teamId, String rejection) {}

  private Mono<ClubLookup> club(MatchRecord record, String country, String name) {
    if (name == null || name.isBlank()) {
      return Mono.just(new ClubLookup(0, "missing team name"));
    }
    if (CLUB_AUTHORITIES.contains(record.source())) {
      return teams.resolveOrCreate(record.source(), country, name).map(known -> new ClubLookup(known.teamId(), null));
    }
    return teams.resolve(record.source(), country, name).map(resolution -> {
      if (resolution instanceof TeamResolution.Known known) {
        return new ClubLookup(known.teamId(), null);
      }
      List<String> candidates = ((TeamResolution.Unknown) resolution).candidates();
      return new ClubLookup(0, "unknown team: " + name
          + (candidates.isEmpty() ? "" : " (candidates: " + String.join(", ", candidates) + ")"));
    });
  }

  /** A record that cannot be stored; the message is the reject reason. */
  static final class Rejection extends RuntimeException {
    Rejection(String reason) {
      super(reason, null, false, false);
    }
  }
}
