package com.matchcast.ledger;

/** How trackRecord groups scored matches: by league code, season, calendar month of the match, or model version. */
public enum TrackRecordGrouping {
  LEAGUE,
  SEASON,
  MONTH,
  MODEL_VERSION
}
