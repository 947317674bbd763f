package com.matchcast.ingest.apifootball;

import static com.matchcast.ingest.collect.JsonFields.text;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.TeamDirectory;
import com.matchcast.catalog.TeamResolution;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Learns API-Football's spelling and id of every club the directory already knows, from
 * {@code /teams}. A name the directory cannot place is left to it to report; no club is created.
 */
@Component
public class ApiFootballTeams {

  private final TeamDirectory directory;

  public ApiFootballTeams(TeamDirectory directory) {
    this.directory = directory;
  }

  /** Completes with the number of aliases recorded. */
  public Mono<Long> learnAliases(LeagueDefinition league, List<JsonNode> items) {
    return Flux.fromIterable(items)
        .map(item -> item.path("team"))
        .filter(team -> text(team.path("name")) != null)
        .concatMap(team -> learn(league.country(), text(team.path("name")), text(team.path("id"))))
        .count();
  }

  private Mono<Boolean> learn(String country, String name, String externalId) {
    return directory.resolve(ApiFootballCollector.SOURCE, country, name).flatMap(resolution -> {
      if (resolution instanceof TeamResolution.Known known) {
        return directory.addAlias(known.teamId(), ApiFootballCollector.SOURCE, country, name, externalId)
            .thenReturn(true);
      }
      return Mono.empty();
    });
  }
}
