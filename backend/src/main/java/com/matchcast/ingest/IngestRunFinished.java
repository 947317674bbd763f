package com.matchcast.ingest;

import com.matchcast.events.MatchcastEvent;
import java.time.Instant;

/** An ingest run finished (stored, unchanged or failed): pushed to ingestRunFinished subscribers. */
public record IngestRunFinished(IngestRunSummary summary, Instant finishedAt) implements MatchcastEvent {

  @Override
  public String league() {
    return null;
  }
}
