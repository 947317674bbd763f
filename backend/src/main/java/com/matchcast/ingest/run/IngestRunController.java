package com.matchcast.ingest.run;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The ingestRuns query. */
@Controller
public class IngestRunController {

  private final IngestRunService service;

  public IngestRunController(IngestRunService service) {
    this.service = service;
  }

  @QueryMapping
  public Flux<IngestRun> ingestRuns(@Argument Integer last) {
    return service.latest(last);
  }
}
