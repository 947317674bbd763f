package com.matchcast.standings;

import com.matchcast.catalog.Team;
import java.time.LocalDate;

/** The final score of a finished match, as a league table needs it. */
public record FinishedResult(long matchId, LocalDate date, Team homeTeam, Team awayTeam, int homeGoals, int awayGoals) {}
