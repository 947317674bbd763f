package com.matchcast.outlook;

import com.matchcast.events.MatchcastEvent;

/** A new season outlook was stored: pushed to seasonOutlookUpdated subscribers, who read it by id. */
public record OutlookUpdated(long outlookId, String league, String season) implements MatchcastEvent {}
