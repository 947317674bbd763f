package com.matchcast.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Leagues and clubs. Also registers the batch loaders other features use to resolve a club or
 * a league by id, so that a page of matches loads all of its clubs in one query.
 */
@Controller
public class CatalogController {

  private final TeamService service;

  public CatalogController(TeamService service, BatchLoaderRegistry registry) {
    this.service = service;
    registry.forTypePair(Long.class, Team.class).registerMappedBatchLoader((ids, env) -> service.teamsByIds(ids));
    registry.forTypePair(Integer.class, League.class)
        .registerMappedBatchLoader((ids, env) -> service.leaguesByIds(ids));
  }

  @QueryMapping
  public List<League> leagues() {
    return service.leagues();
  }

  @QueryMapping
  public Mono<Team> team(@Argument String id) {
    return service.team(id);
  }

  @QueryMapping
  public Flux<Team> teams(@Argument String search, @Argument Integer first) {
    return service.search(search, first);
  }

  @BatchMapping
  public Mono<Map<League, List<String>>> seasons(List<League> leagues) {
    return service.seasonsByLeague(leagues.stream().map(League::code).toList())
        .map(byCode -> leagues.stream().distinct().collect(Collectors.toMap(Function.identity(),
            league -> byCode.getOrDefault(league.code(), List.of()))));
  }
}
