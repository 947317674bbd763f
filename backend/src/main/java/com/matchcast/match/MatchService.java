package com.matchcast.match;

import com.matchcast.api.Arguments;
import com.matchcast.api.NotFoundException;
import com.matchcast.cache.CacheRegion;
import com.matchcast.cache.ReadCache;
import com.matchcast.match.persistence.MatchQueries;
import com.matchcast.match.persistence.OddsQueries;
import com.matchcast.match.persistence.StatisticsQueries;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.serving.ServingHorizon;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Matches for the API: filtered pages, single matches, and their prices and statistics in batches.
 * During a replay each shows only what the replay's clock has reached ({@link ServingHorizon}).
 * Single matches are read through the cache as stored, and shown as the view allows afterwards.
 */
@Service
public class MatchService {

  private static final int DEFAULT_PAGE_SIZE = 20;

  private final MatchQueries matches;
  private final OddsQueries odds;
  private final StatisticsQueries statistics;
  private final ServingHorizon horizon;
  private final ReadCache cache;

  public MatchService(MatchQueries matches, OddsQueries odds, StatisticsQueries statistics, ServingHorizon horizon,
      ReadCache cache) {
    this.cache = cache;
    this.matches = matches;
    this.odds = odds;
    this.statistics = statistics;
    this.horizon = horizon;
  }

  public Mono<MatchConnection> page(MatchFilter filter, Integer first, String after) {
    int pageSize = Arguments.pageSize("first", first, DEFAULT_PAGE_SIZE);
    MatchCriteria criteria = MatchCriteria.of(filter);
    MatchCursor cursor = after == null || after.isBlank() ? null : MatchCursor.decode(after);
    ServingHorizon.View view = horizon.view();
    return Mono.zip(matches.page(criteria, view, cursor, pageSize + 1).map(m -> known(m, view)).collectList(),
            matches.count(criteria, view))
        .map(pageAndCount -> MatchConnection.of(pageAndCount.getT1(), pageSize, pageAndCount.getT2(), cursor != null));
  }

  /** NOT_FOUND also for a replayed match whose fixture the replay's clock does not know yet. */
  public Mono<Match> match(String id) {
    long matchId = Arguments.id(id, "match");
    ServingHorizon.View view = horizon.view();
    return cache.get(CacheRegion.MATCHES, matchId, () -> matches.byId(matchId))
        .filter(m -> view.fixtures().admits(m.expectedKickoff()))
        .map(m -> known(m, view))
        .switchIfEmpty(Mono.error(() -> new NotFoundException("No match with id " + matchId + ".")));
  }

  /** The stored matches with these ids, by id. */
  public Mono<Map<Long, Match>> matches(Collection<Long> ids) {
    return cache.getAll(CacheRegion.MATCHES, ids, missing -> matches.byIds(missing).collectMap(Match::id));
  }

  /** The stored matches with these ids as the serving clock knows them (no score before full time), by id. */
  public Mono<Map<Long, Match>> visibleMatches(Collection<Long> ids) {
    ServingHorizon.View view = horizon.view();
    return matches(ids).map(byId -> byId.values().stream()
        .collect(Collectors.toMap(Match::id, m -> known(m, view))));
  }

  /** Every request gets a list, empty when the match has no such prices (yet, in a replay). */
  public Mono<Map<Odds.Request, List<Odds>>> odds(Collection<Odds.Request> requests) {
    List<Long> matchIds = requests.stream().map(Odds.Request::matchId).distinct().toList();
    ServingHorizon.View view = horizon.view();
    return odds.forMatches(matchIds).collectList().map(found -> requests.stream().collect(Collectors.toMap(
        Function.identity(), request -> found.stream().filter(request::accepts)
            .filter(o -> view.prices(o.closing()).admits(request.kickoff())).toList())));
  }

  public Mono<Map<Match, List<MatchStatisticsLine>>> statistics(List<Match> forMatches) {
    List<Long> matchIds = forMatches.stream().map(Match::id).distinct().toList();
    ServingHorizon.View view = horizon.view();
    return statistics.forMatches(matchIds).collectList().map(found -> forMatches.stream().distinct()
        .collect(Collectors.toMap(Function.identity(), match -> !view.results().admits(match.expectedKickoff())
            ? List.of() : found.stream().filter(line -> line.matchId() == match.id()).toList())));
  }

  /**
   * The match as known in the view: before its full time a replayed match has no score and no
   * attendance yet, and one stored as finished is still scheduled, or live once kicked off.
   */
  static Match known(Match m, ServingHorizon.View view) {
    if (view.results().admits(m.expectedKickoff())) {
      return m;
    }
    MatchStatus status = m.status() != MatchStatus.FINISHED ? m.status()
        : view.kickedOff().admits(m.expectedKickoff()) ? MatchStatus.LIVE : MatchStatus.SCHEDULED;
    return new Match(m.id(), m.leagueId(), m.season(), m.date(), m.kickoff(), status, m.homeTeamId(), m.awayTeamId(),
        null, null, null, null, m.referee(), m.venue(), null);
  }
}
