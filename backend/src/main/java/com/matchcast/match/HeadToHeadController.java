package com.matchcast.match;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The headToHead query; its meetings are ordinary matches, resolved by {@link MatchController}. */
@Controller
public class HeadToHeadController {

  private final HeadToHeadService service;

  public HeadToHeadController(HeadToHeadService service) {
    this.service = service;
  }

  @QueryMapping
  public Mono<HeadToHead> headToHead(@Argument String homeTeam, @Argument String awayTeam, @Argument Integer last) {
    return service.headToHead(homeTeam, awayTeam, last);
  }
}
