package com.matchcast.quality;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The data-quality queries. */
@Controller
public class QualityController {

  private final DataQualityService service;

  public QualityController(DataQualityService service) {
    this.service = service;
  }

  @QueryMapping
  public Mono<DataQualityReport> dataQuality(@Argument String league, @Argument String season) {
    return service.report(league, season);
  }

  @QueryMapping
  public Flux<DataQualityReport> dataQualityReports() {
    return service.reports();
  }
}
