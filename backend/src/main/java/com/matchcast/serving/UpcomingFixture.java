package com.matchcast.serving;

import java.time.Instant;

/** A match the serving clock sees coming: the stored match's id and when it kicks off. */
public record UpcomingFixture(long matchId, String league, Instant kickoff) {}
