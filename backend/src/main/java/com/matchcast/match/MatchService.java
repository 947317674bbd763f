package com.matchcast.match;

import com.matchcast.api.Arguments;
import com.matchcast.api.NotFoundException;
import com.matchcast.match.persistence.MatchQueries;
import com.matchcast.match.persistence.OddsQueries;
import com.matchcast.match.persistence.StatisticsQueries;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Matches for the API: filtered pages, single matches, and their prices and statistics in batches. */
@Service
public class MatchService {

  private static final int DEFAULT_PAGE_SIZE = 20;

  private final MatchQueries matches;
  private final OddsQueries odds;
  private final StatisticsQueries statistics;

  public MatchService(MatchQueries matches, OddsQueries odds, StatisticsQueries statistics) {
    this.matches = matches;
    this.odds = odds;
    this.statistics = statistics;
  }

  public Mono<MatchConnection> page(MatchFilter filter, Integer first, String after) {
    int pageSize = Arguments.pageSize("first", first, DEFAULT_PAGE_SIZE);
    MatchCriteria criteria = MatchCriteria.of(filter);
    MatchCursor cursor = after == null || after.isBlank() ? null : MatchCursor.decode(after);
    return Mono.zip(matches.page(criteria, cursor, pageSize + 1).collectList(), matches.count(criteria))
        .map(pageAndCount -> MatchConnection.of(pageAndCount.getT1(), pageSize, pageAndCount.getT2(), cursor != null));
  }

  public Mono<Match> match(String id) {
    long matchId = Arguments.id(id, "match");
    return matches.byId(matchId)
        .switchIfEmpty(Mono.error(() -> new NotFoundException("No match with id " + matchId + ".")));
  }

  /** The stored matches with these ids, by id. */
  public Mono<Map<Long, Match>> matches(Collection<Long> ids) {
    return matches.byIds(ids).collectMap(Match::id);
  }

  /** Every request gets a list, empty when the match has no such prices. */
  public Mono<Map<Odds.Request, List<Odds>>> odds(Collection<Odds.Request> requests) {
    List<Long> matchIds = requests.stream().map(Odds.Request::matchId).distinct().toList();
    return odds.forMatches(matchIds).collectList().map(found -> requests.stream().collect(Collectors.toMap(
        Function.identity(), request -> found.stream().filter(request::accepts).toList())));
  }

  public Mono<Map<Match, List<MatchStatisticsLine>>> statistics(List<Match> forMatches) {
    List<Long> matchIds = forMatches.stream().map(Match::id).distinct().toList();
    return statistics.forMatches(matchIds).collectList().map(found -> forMatches.stream().distinct()
        .collect(Collectors.toMap(Function.identity(),
            match -> found.stream().filter(line -> line.matchId() == match.id()).toList())));
  }
}
