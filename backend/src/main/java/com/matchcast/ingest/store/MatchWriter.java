package com.matchcast.ingest.store;

import com.matchcast.ingest.MatchRecord;
import com.matchcast.ingest.RejectedRecord;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Upserts the resolved records of one batch: new matches are inserted, changed ones updated,
 * unchanged ones left alone. Must run inside the batch's transaction.
 */
class MatchWriter {

  record Outcome(int inserted, int updated, int unchanged, long oddsRows, List<RejectedRecord> rejects) {}

  /** A record paired with the id of the match it writes to. */
  record Target(long matchId, ResolvedRecord resolved) {}

  private final DatabaseClient db;
  private final BindMarkersFactory markers;
  private final MatchDetailsWriter details;

  MatchWriter(DatabaseClient db, BindMarkersFactory markers) {
    this.db = db;
    this.markers = markers;
    this.details = new MatchDetailsWriter(db, markers);
  }

  Mono<Outcome> write(long runId, String source, List<ResolvedRecord> records) {
    Set<List<Integer>> leagueSeasons = new LinkedHashSet<>();
    records.forEach(r -> leagueSeasons.add(List.of(r.leagueId(), r.seasonId())));
    return ExistingMatches.load(db, source, leagueSeasons)
        .flatMap(existing -> apply(runId, source, Plan.of(records, existing), leagueSeasons));
  }

  private Mono<Outcome> apply(long runId, String source, Plan plan, Set<List<Integer>> leagueSeasons) {
    Mono<List<Target>> inserted = insertMatches(plan.added())
        .then(ExistingMatches.load(db, source, leagueSeasons))
        .map(reloaded -> plan.added().stream().map(r -> new Target(reloaded.idOf(r.naturalKey()), r)).toList());
    Mono<Void> updated = Flux.fromIterable(plan.changed()).concatMap(this::updateMatch).then();
    return inserted.flatMap(added -> updated
        .then(details.replace(runId, source, added, plan.changed()))
        .map(oddsRows -> new Outcome(added.size(), plan.changed().size(), plan.unchanged(), oddsRows,
            plan.rejects())));
  }

  private Mono<Long> insertMatches(List<ResolvedRecord> added) {
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    List<Object[]> rows = new ArrayList<>(added.size());
    for (ResolvedRecord r : added) {
      MatchRecord m = r.record();
      rows.add(new Object[] {r.leagueId(), r.seasonId(), m.date(), m.kickoffUtc(), r.homeTeamId(), r.awayTeamId(),
          m.status().name(), m.homeGoals(), m.awayGoals(), m.homeGoalsHalfTime(), m.awayGoalsHalfTime(),
          m.referee(), m.venue(), m.attendance(), now});
    }
    return MatchColumns.INSERT.execute(db, markers, rows);
  }

  /** Another source may know more (a venue, a kick-off time): a missing value never erases one. */
  private Mono<Void> updateMatch(Target target) {
    MatchRecord m = target.resolved().record();
    var spec = db.sql("UPDATE matches SET match_date = :date, status = :status,"
            + " kickoff_at = COALESCE(:kickoff, kickoff_at), home_goals = COALESCE(:hg, home_goals),"
            + " away_goals = COALESCE(:ag, away_goals), home_goals_ht = COALESCE(:hht, home_goals_ht),"
            + " away_goals_ht = COALESCE(:aht, away_goals_ht), referee = COALESCE(:referee, referee),"
            + " venue = COALESCE(:venue, venue), attendance = COALESCE(:attendance, attendance),"
            + " updated_at = :now WHERE id = :id")
        .bind("date", m.date()).bind("status", m.status().name())
        .bind("now", LocalDateTime.now(ZoneOffset.UTC)).bind("id", target.matchId());
    spec = Bindings.nullable(spec, "kickoff", m.kickoffUtc(), LocalDateTime.class);
    spec = Bindings.nullable(spec, "hg", m.homeGoals(), Integer.class);
    spec = Bindings.nullable(spec, "ag", m.awayGoals(), Integer.class);
    spec = Bindings.nullable(spec, "hht", m.homeGoalsHalfTime(), Integer.class);
    spec = Bindings.nullable(spec, "aht", m.awayGoalsHalfTime(), Integer.class);
    spec = Bindings.nullable(spec, "referee", m.referee(), String.class);
    spec = Bindings.nullable(spec, "venue", m.venue(), String.class);
    spec = Bindings.nullable(spec, "attendance", m.attendance(), Integer.class);
    return spec.then();
  }

  /** What to do with each record, decided in memory before any write. */
  record Plan(List<ResolvedRecord> added, List<Target> changed, int unchanged, List<RejectedRecord> rejects) {

    static Plan of(List<ResolvedRecord> records, ExistingMatches existing) {
      List<ResolvedRecord> added = new ArrayList<>();
      List<Target> changed = new ArrayList<>();
      List<RejectedRecord> rejects = new ArrayList<>();
      Set<NaturalKey> seen = new java.util.HashSet<>();
      int unchanged = 0;
      for (ResolvedRecord r : records) {
        StoredMatch stored = existing.find(r);
        if (!seen.add(r.naturalKey())) {
          rejects.add(reject(r, "duplicate row: the same match appears twice in this input"));
        } else if (stored != null && r.fingerprint().equals(stored.fingerprint())) {
          unchanged++;
        } else if (stored != null) {
          changed.add(new Target(stored.id(), r));
        } else if (existing.clubAlreadyPlays(r.naturalKey())) {
          rejects.add(reject(r, "team plays twice on one day: " + r.record().homeTeam() + " or "
              + r.record().awayTeam() + " already has a match on " + r.record().date()));
        } else {
          added.add(r);
        }
      }
      return new Plan(added, changed, unchanged, rejects);
    }

    private static RejectedRecord reject(ResolvedRecord r, String reason) {
      MatchRecord m = r.record();
      return new RejectedRecord(m.location(), m.rawContent(), reason, m.leagueCode(), m.seasonCode());
    }
  }
}
