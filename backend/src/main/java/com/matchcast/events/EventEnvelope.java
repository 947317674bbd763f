package com.matchcast.events;

/**
 * An event as it travels between instances: its own id, so that a delivery repeated after a
 * restart can be recognised, and the instance it comes from, which delivered it locally already.
 */
public record EventEnvelope(String eventId, String origin, MatchcastEvent event) {}
