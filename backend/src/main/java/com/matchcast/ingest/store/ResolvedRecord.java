package com.matchcast.ingest.store;

import com.matchcast.matchdata.MatchRecord;


/** A record whose league, season and clubs are known rows of the catalog. */
record ResolvedRecord(MatchRecord record, int leagueId, int seasonId, long homeTeamId, long awayTeamId,
    String fingerprint) {

  NaturalKey naturalKey() {
    return new NaturalKey(leagueId, seasonId, record.date(), homeTeamId, awayTeamId);
  }
}
