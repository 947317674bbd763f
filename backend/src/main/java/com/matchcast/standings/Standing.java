package com.matchcast.standings;

import com.matchcast.catalog.Team;

/** One row of a league table. {@code form}: last five results, most recent last. */
public record Standing(int position, Team team, int played, int won, int drawn, int lost, int goalsFor,
    int goalsAgainst, int goalDifference, int points, String form) {}
