package com.matchcast.ingest.run;

import com.matchcast.api.Arguments;
import com.matchcast.ingest.run.persistence.IngestRunQueries;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** The history of ingest runs. */
@Service
public class IngestRunService {

  private static final int DEFAULT_RUNS = 20;

  private final IngestRunQueries queries;

  public IngestRunService(IngestRunQueries queries) {
    this.queries = queries;
  }

  public Flux<IngestRun> latest(Integer last) {
    return queries.latest(Arguments.pageSize("last", last, DEFAULT_RUNS));
  }
}
