package com.matchcast.serving;

import com.matchcast.events.MatchcastEvent;
import com.matchcast.matchdata.MatchStatus;
import java.time.Instant;

/**
 * A match kicked off or finished, as the serving clock sees it: pushed to matchUpdated subscribers.
 *
 * @param homeGoals null until the result is known
 * @param at        the serving clock's time (simulated when replaying)
 */
public record MatchUpdated(long matchId, String league, String homeTeam, String awayTeam, MatchStatus status,
    Integer homeGoals, Integer awayGoals, Instant at) implements MatchcastEvent {}
