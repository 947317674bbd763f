package com.matchcast.match;

import com.matchcast.catalog.League;
import com.matchcast.catalog.Team;
import com.matchcast.matchdata.Market;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Matches and their fields. Everything a match links to goes through a DataLoader, so a page
 * costs one query per kind of related data, whatever its size. Odds take arguments, which
 * {@code @BatchMapping} cannot pass on, hence the explicit "matchOdds" loader.
 */
@Controller
public class MatchController {

  private final MatchService service;

  public MatchController(MatchService service, BatchLoaderRegistry registry) {
    this.service = service;
    registry.<Odds.Request, List<Odds>>forName("matchOdds").registerMappedBatchLoader((requests, env) ->
        service.odds(requests));
  }

  @QueryMapping
  public Mono<MatchConnection> matches(@Argument MatchFilter filter, @Argument Integer first, @Argument String after) {
    return service.page(filter, first, after);
  }

  @QueryMapping
  public Mono<Match> match(@Argument String id) {
    return service.match(id);
  }

  @SchemaMapping
  public CompletableFuture<League> league(Match match, DataLoader<Integer, League> leagues) {
    return leagues.load(match.leagueId());
  }

  @SchemaMapping
  public CompletableFuture<Team> homeTeam(Match match, DataLoader<Long, Team> teams) {
    return teams.load(match.homeTeamId());
  }

  @SchemaMapping
  public CompletableFuture<Team> awayTeam(Match match, DataLoader<Long, Team> teams) {
    return teams.load(match.awayTeamId());
  }

  @SchemaMapping
  public CompletableFuture<List<Odds>> odds(Match match, @Argument Market market, @Argument Boolean closing,
      DataLoader<Odds.Request, List<Odds>> matchOdds) {
    return matchOdds.load(new Odds.Request(match.id(), match.expectedKickoff(), market, closing));
  }

  @BatchMapping
  public Mono<Map<Match, List<MatchStatisticsLine>>> statistics(List<Match> matches) {
    return service.statistics(matches);
  }
}
