package com.matchcast.outlook;

import com.matchcast.api.Arguments;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.catalog.Team;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Season outlooks: the query, each club's history, and the pushes. */
@Controller
public class OutlookController {

  private final OutlookService service;

  public OutlookController(OutlookService service) {
    this.service = service;
  }

  @QueryMapping
  public Mono<LeagueOutlook> seasonOutlook(@Argument String league, @Argument String season,
      @Argument OffsetDateTime asOf) {
    return service.outlook(LeagueArguments.league(league).code(), season == null ? null : Arguments.season(season),
        asOf == null ? null : asOf.toInstant());
  }

  @SubscriptionMapping
  public Flux<LeagueOutlook> seasonOutlookUpdated(@Argument String league) {
    return service.updates(LeagueArguments.league(league).code());
  }

  @SchemaMapping(typeName = "Team")
  public Mono<List<ClubOutlook>> outlookHistory(Team team, @Argument String league, @Argument String season) {
    return service.history(team.id(), league == null ? null : LeagueArguments.league(league).code(),
        season == null ? null : Arguments.season(season)).collectList();
  }

  @SchemaMapping(typeName = "SeasonOutlook", field = "asOf")
  public OffsetDateTime outlookAsOf(LeagueOutlook outlook) {
    return outlook.asOf().atOffset(ZoneOffset.UTC);
  }

  @SchemaMapping(typeName = "OutlookPoint", field = "asOf")
  public OffsetDateTime pointAsOf(ClubOutlook point) {
    return point.asOf().atOffset(ZoneOffset.UTC);
  }
}
