package com.matchcast.ingest.store;

import java.time.LocalDate;

/** What identifies a match whatever the source: league, season, date and the two clubs. */
record NaturalKey(int leagueId, int seasonId, LocalDate date, long homeTeamId, long awayTeamId) {}
