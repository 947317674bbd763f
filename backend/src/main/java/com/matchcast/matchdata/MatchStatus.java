package com.matchcast.matchdata;

/** Where a match stands; only a finished match carries a final score. */
public enum MatchStatus {
  SCHEDULED,
  LIVE,
  FINISHED,
  POSTPONED,
  CANCELLED
}
