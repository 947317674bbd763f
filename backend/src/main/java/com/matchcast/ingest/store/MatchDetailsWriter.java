package com.matchcast.ingest.store;

import com.matchcast.ingest.MatchRecord;
import com.matchcast.ingest.MatchStatistics;
import com.matchcast.ingest.OddsQuote;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes what hangs off a match for one source: its fingerprint and id, statistics and odds.
 * A changed record replaces the source's previous statistics and odds; timestamped odds
 * (live APIs) only replace the snapshot with the same timestamp, so price history survives.
 */
class MatchDetailsWriter {

  private static final int IDS_PER_STATEMENT = 1000;

  private final DatabaseClient db;
  private final BindMarkersFactory markers;

  MatchDetailsWriter(DatabaseClient db, BindMarkersFactory markers) {
    this.db = db;
    this.markers = markers;
  }

  /** Returns the number of odds rows written. */
  Mono<Long> replace(long runId, String source, List<MatchWriter.Target> added, List<MatchWriter.Target> changed) {
    List<MatchWriter.Target> all = new ArrayList<>(added);
    all.addAll(changed);
    return MatchColumns.SOURCES.execute(db, markers, sourceRows(runId, source, all))
        .then(deleteChanged("match_statistics", source, changed))
        .then(MatchColumns.STATISTICS.execute(db, markers, statisticsRows(source, all)))
        .then(deleteChangedOdds(source, changed))
        .then(MatchColumns.ODDS.execute(db, markers, oddsRows(source, all)));
  }

  private Mono<Void> deleteChanged(String table, String source, List<MatchWriter.Target> changed) {
    List<Long> ids = changed.stream().map(MatchWriter.Target::matchId).toList();
    return Flux.range(0, (ids.size() + IDS_PER_STATEMENT - 1) / IDS_PER_STATEMENT)
        .concatMap(chunk -> db.sql("DELETE FROM " + table + " WHERE source = :source AND match_id IN ("
                + Bindings.idList(ids.subList(chunk * IDS_PER_STATEMENT,
                    Math.min(ids.size(), (chunk + 1) * IDS_PER_STATEMENT))) + ")")
            .bind("source", source).then())
        .then();
  }

  private Mono<Void> deleteChangedOdds(String source, List<MatchWriter.Target> changed) {
    List<MatchWriter.Target> untimed = new ArrayList<>();
    List<MatchWriter.Target> timed = new ArrayList<>();
    for (MatchWriter.Target t : changed) {
      boolean hasTimestamps = t.resolved().record().odds().stream().anyMatch(q -> q.collectedAt() != null);
      (hasTimestamps ? timed : untimed).add(t);
    }
    return deleteChanged("odds", source, untimed)
        .thenMany(Flux.fromIterable(timed).concatMap(t -> deleteSnapshots(source, t)))
        .then();
  }

  private Mono<Void> deleteSnapshots(String source, MatchWriter.Target target) {
    List<LocalDateTime> times = target.resolved().record().odds().stream().map(OddsQuote::collectedAt)
        .filter(Objects::nonNull).distinct().toList();
    return db.sql("DELETE FROM odds WHERE source = :source AND match_id = :match"
            + " AND (collected_at IS NULL OR collected_at IN (:times))")
        .bind("source", source).bind("match", target.matchId()).bind("times", times)
        .then();
  }

  private static List<Object[]> sourceRows(long runId, String source, List<MatchWriter.Target> targets) {
    List<Object[]> rows = new ArrayList<>(targets.size());
    for (MatchWriter.Target t : targets) {
      rows.add(new Object[] {t.matchId(), source, t.resolved().record().externalId(), t.resolved().fingerprint(), runId});
    }
    return rows;
  }

  private static List<Object[]> statisticsRows(String source, List<MatchWriter.Target> targets) {
    List<Object[]> rows = new ArrayList<>();
    for (MatchWriter.Target t : targets) {
      MatchStatistics s = t.resolved().record().statistics();
      if (s != null && !s.isEmpty()) {
        rows.add(new Object[] {t.matchId(), source, s.homeShots(), s.awayShots(), s.homeShotsOnTarget(),
            s.awayShotsOnTarget(), s.homeCorners(), s.awayCorners(), s.homeFouls(), s.awayFouls(),
            s.homeYellowCards(), s.awayYellowCards(), s.homeRedCards(), s.awayRedCards(),
            s.homeExpectedGoals(), s.awayExpectedGoals()});
      }
    }
    return rows;
  }

  private static List<Object[]> oddsRows(String source, List<MatchWriter.Target> targets) {
    List<Object[]> rows = new ArrayList<>();
    for (MatchWriter.Target t : targets) {
      MatchRecord m = t.resolved().record();
      for (OddsQuote q : m.odds()) {
        rows.add(new Object[] {t.matchId(), source, q.bookmaker(), q.market().name(), q.line(), q.closing(),
            q.home(), q.draw(), q.away(), q.over(), q.under(), q.yes(), q.no(), q.collectedAt()});
      }
    }
    return rows;
  }
}
