package com.matchcast.serving;

import com.matchcast.events.MatchcastEvent;

/**
 * An admin asked for the upcoming matches of a league (all when null) to be forecast again: the
 * instance leading the prediction refresh does it, whichever instance was asked.
 */
public record RecomputeRequested(String league) implements MatchcastEvent {}
