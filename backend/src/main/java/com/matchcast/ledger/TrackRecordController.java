package com.matchcast.ledger;

import com.matchcast.api.Arguments;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The trackRecord query: how the ledger's scored predictions fared against the markets. */
@Controller
public class TrackRecordController {

  private final TrackRecordService service;

  public TrackRecordController(TrackRecordService service) {
    this.service = service;
  }

  @QueryMapping
  public Mono<List<TrackRecordRow>> trackRecord(@Argument String league, @Argument String season,
      @Argument String modelVersion, @Argument TrackRecordGrouping groupBy) {
    return Mono.defer(() -> service.trackRecord(league == null ? null : com.matchcast.catalog.LeagueArguments.league(league).code(),
        season == null ? null : Arguments.season(season),
        modelVersion == null ? null : Arguments.id(modelVersion, "model version"), groupBy));
  }
}
