package com.matchcast.standings;

import java.time.LocalDate;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The standings query. */
@Controller
public class StandingsController {

  private final StandingsService service;

  public StandingsController(StandingsService service) {
    this.service = service;
  }

  @QueryMapping
  public Mono<List<Standing>> standings(@Argument String league, @Argument String season, @Argument LocalDate asOf) {
    return service.standings(league, season, asOf);
  }
}
