package com.matchcast.catalog;

import com.matchcast.api.Arguments;
import com.matchcast.api.InvalidArgumentException;
import com.matchcast.api.NotFoundException;
import com.matchcast.cache.CacheRegion;
import com.matchcast.cache.ReadCache;
import com.matchcast.catalog.persistence.LeagueQueries;
import com.matchcast.catalog.persistence.TeamQueries;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read access to leagues and clubs for the API, through the read cache (clubs and seasons change only with imports). */
@Service
public class TeamService {

  private static final int DEFAULT_SEARCH_SIZE = 20;
  /** Seasons share the leagues region, under keys no league id can take. */
  private static final String SEASONS = "seasons:";

  private final TeamQueries teams;
  private final LeagueQueries leagues;
  private final ReadCache cache;

  public TeamService(TeamQueries teams, LeagueQueries leagues, ReadCache cache) {
    this.teams = teams;
    this.leagues = leagues;
    this.cache = cache;
  }

  public List<League> leagues() {
    return LeagueCatalog.standard().all().stream()
        .sorted(Comparator.comparing(LeagueDefinition::country).thenComparing(LeagueDefinition::tier))
        .map(League::of)
        .toList();
  }

  public Mono<Team> team(String id) {
    long teamId = Arguments.id(id, "team");
    return cache.get(CacheRegion.TEAMS, teamId, () -> teams.byId(teamId))
        .switchIfEmpty(Mono.error(() -> new NotFoundException("No team with id " + teamId + ".")));
  }

  public Flux<Team> search(String search, Integer first) {
    int limit = Arguments.pageSize("first", first, DEFAULT_SEARCH_SIZE);
    if (search == null || search.isBlank()) {
      return cache.get(CacheRegion.TEAMS, "all:" + limit, () -> teams.all(limit).collectList())
          .flatMapIterable(Function.identity());
    }
    // LIKE wildcards typed by the client are dropped, not escaped: no club name contains them.
    String nameText = search.trim().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
    String normalized = TeamNames.normalize(search);
    return cache.get(CacheRegion.TEAMS, "search:" + limit + ":" + normalized + ":" + nameText,
            () -> teams.search(normalized, nameText, limit).collectList())
        .flatMapIterable(Function.identity());
  }

  /** A club named by its id, its canonical name or any source's spelling of it. */
  public Mono<Team> resolve(String idOrName) {
    String text = idOrName == null ? "" : idOrName.trim();
    if (text.matches("\\d+")) {
      return team(text);
    }
    return teams.byExactName(TeamNames.normalize(text), text.toLowerCase(Locale.ROOT)).collectList()
        .flatMap(found -> switch (found.size()) {
          case 0 -> Mono.<Team>error(new NotFoundException("No team named '" + text + "'."));
          case 1 -> Mono.just(found.get(0));
          default -> Mono.<Team>error(new InvalidArgumentException("'" + text + "' names several teams ("
              + found.stream().map(team -> team.name() + " [" + team.country() + ", id " + team.id() + "]")
                  .collect(Collectors.joining(", ")) + "); pass the team id instead."));
        });
  }

  public Mono<Map<Long, Team>> teamsByIds(Collection<Long> ids) {
    return cache.getAll(CacheRegion.TEAMS, ids, missing -> teams.byIds(missing).collectMap(Team::id, Function.identity()));
  }

  public Mono<Map<Integer, League>> leaguesByIds(Collection<Integer> ids) {
    return cache.getAll(CacheRegion.LEAGUES, ids, leagues::byIds);
  }

  /** Every code asked for gets a list, empty for a league without stored matches (cached as such). */
  public Mono<Map<String, List<String>>> seasonsByLeague(Collection<String> leagueCodes) {
    List<String> keys = leagueCodes.stream().map(code -> SEASONS + code).toList();
    return cache.<String, List<String>>getAll(CacheRegion.LEAGUES, keys, missing -> {
      List<String> codes = missing.stream().map(key -> key.substring(SEASONS.length())).toList();
      return leagues.seasonsByLeague(codes).map(found -> codes.stream().collect(Collectors.toMap(code -> SEASONS + code,
          code -> found.getOrDefault(code, List.of()))));
    }).map(byKey -> byKey.entrySet().stream().collect(Collectors.toMap(
        entry -> entry.getKey().substring(SEASONS.length()), Map.Entry::getValue)));
  }
}
