package com.matchcast.events;

/** Something subscribers may want pushed: a new prediction, a price move, a match update, an ingest run. */
public interface MatchcastEvent {

  /** The league the event concerns, or null when it concerns none in particular. */
  String league();
}
