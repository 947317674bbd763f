package com.matchcast.ingest.store;

import com.matchcast.ingest.RejectedRecord;
import com.matchcast.matchdata.MatchRecord;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Upserts the resolved records of one batch: new matches are inserted, stored ones merged with
 * what the record adds or corrects, the rest left alone. Must run inside the batch's transaction.
 */
class MatchWriter {

  /**
   * @param changedFields for each field name, how many updated matches had it changed
   */
  record Outcome(int inserted, int updated, int unchanged, long oddsRows, List<RejectedRecord> rejects,
      Map<String, Integer> changedFields) {}

  /** A record paired with the id of the match it writes to. */
  record Target(long matchId, ResolvedRecord resolved) {}

  /** A stored match and what a record changes in it. */
  record Update(Target target, MatchMerge.Change change) {}

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

  /**
   * New matches are inserted; a stored match whose record differs from what this source said last
   * is merged field by field ({@link MatchMerge}), and counts as updated only when a stored value
   * really changed: a record that only says less, or spells a club differently, leaves it unchanged.
   */
  private Mono<Outcome> apply(long runId, String source, Plan plan, Set<List<Integer>> leagueSeasons) {
    Mono<List<Target>> inserted = insertMatches(plan.added())
        .then(ExistingMatches.load(db, source, leagueSeasons))
        .map(reloaded -> plan.added().stream().map(r -> new Target(reloaded.idOf(r.naturalKey()), r)).toList());
    List<Long> candidateIds = plan.differing().stream().map(Target::matchId).toList();
    Mono<List<Update>> updates = StoredDetails.load(db, source, candidateIds)
        .map(stored -> plan.differing().stream()
            .map(t -> new Update(t, MatchMerge.of(t.resolved().record(), stored.of(t.matchId()))))
            .filter(u -> !u.change().isEmpty())
            .toList());
    // One after the other: both run on the batch transaction's single connection.
    return inserted.zipWhen(added -> updates).flatMap(both -> {
      List<Target> added = both.getT1();
      List<Update> changed = both.getT2();
      Map<String, Integer> fields = new TreeMap<>();
      changed.forEach(u -> u.change().fields().stream().map(MatchWriter::fieldGroup).distinct()
          .forEach(f -> fields.merge(f, 1, Integer::sum)));
      return Flux.fromIterable(changed).filter(u -> u.change().match() != null).concatMap(this::updateMatch).then()
          .then(details.write(runId, source, added, plan.differing(), changed))
          .map(oddsRows -> new Outcome(added.size(), changed.size(),
              plan.unchanged() + plan.differing().size() - changed.size(), oddsRows, plan.rejects(), fields));
    });
  }

  /** A price the store did not have reads "odds Bet365 ONE_X_TWO closing (added)" in the summary. */
  private static String fieldGroup(String field) {
    return field.endsWith(" added") ? field.substring(0, field.length() - " added".length()) + " (added)" : field;
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

  private Mono<Void> updateMatch(Update update) {
    StoredDetails.MatchValues m = update.change().match();
    var spec = db.sql("UPDATE matches SET match_date = :date, status = :status, kickoff_at = :kickoff,"
            + " home_goals = :hg, away_goals = :ag, home_goals_ht = :hht, away_goals_ht = :aht, referee = :referee,"
            + " venue = :venue, attendance = :attendance, updated_at = :now WHERE id = :id")
        .bind("date", m.date()).bind("status", m.status().name())
        .bind("now", LocalDateTime.now(ZoneOffset.UTC)).bind("id", update.target().matchId());
    spec = Bindings.nullable(spec, "kickoff", m.kickoff(), LocalDateTime.class);
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
  record Plan(List<ResolvedRecord> added, List<Target> differing, int unchanged, List<RejectedRecord> rejects) {

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
