package com.matchcast.ingest.store;

import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.OddsQuote;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.binding.BindMarkersFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes what hangs off a match for one source: its fingerprint and id, statistics and odds.
 * New matches get everything their record carries; stored ones get only what their merge
 * ({@link MatchMerge}) adds or corrects. Nothing stored is ever deleted here, so a partial
 * input (a truncated row, a refused price) cannot take away what an earlier one gave.
 */
class MatchDetailsWriter {

  private final DatabaseClient db;
  private final BindMarkersFactory markers;

  MatchDetailsWriter(DatabaseClient db, BindMarkersFactory markers) {
    this.db = db;
    this.markers = markers;
  }

  /**
   * @param added     new matches
   * @param differing stored matches whose record differs from what this source said last
   *                  (their fingerprint and run are recorded, changed or not)
   * @param updates   the stored matches that really change
   * @return the number of odds rows written
   */
  Mono<Long> write(long runId, String source, List<MatchWriter.Target> added, List<MatchWriter.Target> differing,
      List<MatchWriter.Update> updates) {
    List<MatchWriter.Target> seen = new ArrayList<>(added);
    seen.addAll(differing);
    List<Long> restated = new ArrayList<>();
    List<Object[]> statistics = new ArrayList<>();
    List<Object[]> odds = new ArrayList<>();
    for (MatchWriter.Target t : added) {
      addStatistics(statistics, t.matchId(), source, t.resolved().record().statistics());
      t.resolved().record().odds().forEach(q -> addOdds(odds, t.matchId(), source, q));
    }
    for (MatchWriter.Update u : updates) {
      MatchMerge.Change change = u.change();
      if (change.statistics() != null) {
        if (change.statisticsStored()) {
          restated.add(u.target().matchId());
        }
        addStatistics(statistics, u.target().matchId(), source, change.statistics());
      }
      change.oddsAdded().forEach(q -> addOdds(odds, u.target().matchId(), source, q));
    }
    List<StoredDetails.StoredQuote> corrected = updates.stream().flatMap(u -> u.change().oddsUpdated().stream())
        .toList();
    return MatchColumns.SOURCES.execute(db, markers, sourceRows(runId, source, seen))
        .then(replaceStatistics(source, restated))
        .then(MatchColumns.STATISTICS.execute(db, markers, statistics))
        .then(Flux.fromIterable(corrected).concatMap(this::correctPrices).then())
        .then(MatchColumns.ODDS.execute(db, markers, odds))
        .map(inserted -> inserted + corrected.size());
  }

  /** A merged statistics row holds every stored value, so the old row can give way to it. */
  private Mono<Void> replaceStatistics(String source, List<Long> matchIds) {
    if (matchIds.isEmpty()) {
      return Mono.empty();
    }
    return db.sql("DELETE FROM match_statistics WHERE source = :source AND match_id IN ("
            + Bindings.idList(matchIds) + ")")
        .bind("source", source).then();
  }

  private Mono<Void> correctPrices(StoredDetails.StoredQuote merged) {
    OddsQuote q = merged.quote();
    var spec = db.sql("UPDATE odds SET home_price = :home, draw_price = :draw, away_price = :away,"
        + " over_price = :over, under_price = :under, yes_price = :yes, no_price = :no WHERE id = :id")
        .bind("id", merged.id());
    spec = Bindings.nullable(spec, "home", q.home(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "draw", q.draw(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "away", q.away(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "over", q.over(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "under", q.under(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "yes", q.yes(), java.math.BigDecimal.class);
    spec = Bindings.nullable(spec, "no", q.no(), java.math.BigDecimal.class);
    return spec.then();
  }

  private static List<Object[]> sourceRows(long runId, String source, List<MatchWriter.Target> targets) {
    List<Object[]> rows = new ArrayList<>(targets.size());
    for (MatchWriter.Target t : targets) {
      rows.add(new Object[] {t.matchId(), source, t.resolved().record().externalId(), t.resolved().fingerprint(), runId});
    }
    return rows;
  }

  private static void addStatistics(List<Object[]> rows, long matchId, String source, MatchStatistics s) {
    if (s != null && !s.isEmpty()) {
      rows.add(new Object[] {matchId, source, s.homeShots(), s.awayShots(), s.homeShotsOnTarget(),
          s.awayShotsOnTarget(), s.homeCorners(), s.awayCorners(), s.homeFouls(), s.awayFouls(),
          s.homeYellowCards(), s.awayYellowCards(), s.homeRedCards(), s.awayRedCards(),
          s.homeExpectedGoals(), s.awayExpectedGoals()});
    }
  }

  private static void addOdds(List<Object[]> rows, long matchId, String source, OddsQuote q) {
    rows.add(new Object[] {matchId, source, q.bookmaker(), q.market().name(), q.line(), q.closing(),
        q.home(), q.draw(), q.away(), q.over(), q.under(), q.yes(), q.no(), q.collectedAt()});
  }
}
