package com.matchcast.ingest.apifootball;

import com.matchcast.matchdata.MatchStatus;
import java.util.Map;
import java.util.Optional;

/** API-Football's short status codes in Matchcast's terms. */
final class FixtureStatuses {

  private static final Map<String, MatchStatus> BY_CODE = Map.ofEntries(
      Map.entry("NS", MatchStatus.SCHEDULED), Map.entry("TBD", MatchStatus.SCHEDULED),
      Map.entry("1H", MatchStatus.LIVE), Map.entry("HT", MatchStatus.LIVE), Map.entry("2H", MatchStatus.LIVE),
      Map.entry("ET", MatchStatus.LIVE), Map.entry("BT", MatchStatus.LIVE), Map.entry("P", MatchStatus.LIVE),
      Map.entry("LIVE", MatchStatus.LIVE), Map.entry("INT", MatchStatus.LIVE), Map.entry("SUSP", MatchStatus.LIVE),
      Map.entry("FT", MatchStatus.FINISHED), Map.entry("AET", MatchStatus.FINISHED),
      Map.entry("PEN", MatchStatus.FINISHED), Map.entry("AWD", MatchStatus.FINISHED),
      Map.entry("WO", MatchStatus.FINISHED),
      Map.entry("PST", MatchStatus.POSTPONED),
      Map.entry("CANC", MatchStatus.CANCELLED), Map.entry("ABD", MatchStatus.CANCELLED));

  private FixtureStatuses() {}

  static Optional<MatchStatus> of(String shortCode) {
    return Optional.ofNullable(shortCode == null ? null : BY_CODE.get(shortCode.trim().toUpperCase()));
  }
}
