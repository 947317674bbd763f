package com.matchcast.ingest.store;

import com.matchcast.catalog.LeagueDefinition;
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

  private final LeagueSeasonIds ids;
  private final TeamDirectory teams;

  RecordResolver(LeagueSeasonIds ids, TeamDirectory teams) {
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
    return Mono.zip(ids.league(league.get()), ids.season(record.seasonCode()),
            club(record, country, record.homeTeam()), club(record, country, record.awayTeam()))
        .flatMap(t -> t.getT3() == t.getT4()
            ? Mono.error(new Rejection("same club on both sides: " + record.homeTeam() + " v " + record.awayTeam()))
            : Mono.just(new ResolvedRecord(record, t.getT1(), t.getT2(), t.getT3(), t.getT4(),
                RecordFingerprint.of(record))));
  }

  private Mono<Long> club(MatchRecord record, String country, String name) {
    if (name == null || name.isBlank()) {
      return Mono.error(new Rejection("missing team name"));
    }
    if (CLUB_AUTHORITIES.contains(record.source())) {
      return teams.resolveOrCreate(record.source(), country, name).map(TeamResolution.Known::teamId);
    }
    return teams.resolve(record.source(), country, name).flatMap(resolution -> {
      if (resolution instanceof TeamResolution.Known known) {
        return Mono.just(known.teamId());
      }
      List<String> candidates = ((TeamResolution.Unknown) resolution).candidates();
      return Mono.error(new Rejection("unknown team: " + name
          + (candidates.isEmpty() ? "" : " (candidates: " + String.join(", ", candidates) + ")")));
    });
  }

  /** A record that cannot be stored; the message is the reject reason. */
  static final class Rejection extends RuntimeException {
    Rejection(String reason) {
      super(reason, null, false, false);
    }
  }
}
