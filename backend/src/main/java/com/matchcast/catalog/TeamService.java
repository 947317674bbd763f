package com.matchcast.catalog;

import com.matchcast.api.Arguments;
import com.matchcast.api.InvalidArgumentException;
import com.matchcast.api.NotFoundException;
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

/** Read access to leagues and clubs for the API. */
@Service
public class TeamService {

  private static final int DEFAULT_SEARCH_SIZE = 20;

  private final TeamQueries teams;
  private final LeagueQueries leagues;

  public TeamService(TeamQueries teams, LeagueQueries leagues) {
    this.teams = teams;
    this.leagues = leagues;
  }

  public List<League> leagues() {
    return LeagueCatalog.standard().all().stream()
        .sorted(Comparator.comparing(LeagueDefinition::country).thenComparing(LeagueDefinition::tier))
        .map(League::of)
        .toList();
  }

  public Mono<Team> team(String id) {
    long teamId = Arguments.id(id, "team");
    return teams.byId(teamId).switchIfEmpty(Mono.error(() -> new NotFoundException("No team with id " + teamId + ".")));
  }

  public Flux<Team> search(String search, Integer first) {
    int limit = Arguments.pageSize("first", first, DEFAULT_SEARCH_SIZE);
    if (search == null || search.isBlank()) {
      return teams.all(limit);
    }
    // LIKE wildcards typed by the client are dropped, not escaped: no club name contains them.
    String nameText = search.trim().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
    return teams.search(TeamNames.normalize(search), nameText, limit);
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
    return teams.byIds(ids).collectMap(Team::id, Function.identity());
  }

  public Mono<Map<Integer, League>> leaguesByIds(Collection<Integer> ids) {
    return leagues.byIds(ids);
  }

  public Mono<Map<String, List<String>>> seasonsByLeague(Collection<String> leagueCodes) {
    return leagues.seasonsByLeague(leagueCodes);
  }
}
