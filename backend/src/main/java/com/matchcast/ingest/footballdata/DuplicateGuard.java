package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.MatchRecord;
import java.util.HashMap;
import java.util.Map;

/**
 * Catches a match written twice in one file, and a team that would play two matches on one
 * day; the later row is the one rejected, pointing at the earlier line.
 */
final class DuplicateGuard {

  private final Map<String, String> matches = new HashMap<>();
  private final Map<String, String> teamDays = new HashMap<>();

  /** Why the match repeats an earlier row, or null after remembering it as new. */
  String conflict(MatchRecord match) {
    String day = match.leagueCode() + '|' + match.date() + '|';
    String earlierMatch = matches.get(day + match.homeTeam() + '|' + match.awayTeam());
    if (earlierMatch != null) {
      return "duplicate row: same match as " + earlierMatch;
    }
    for (String team : new String[] {match.homeTeam(), match.awayTeam()}) {
      String earlier = teamDays.get(day + team);
      if (earlier != null) {
        return "team plays twice on one day: " + team + " on " + match.date() + ", also at " + earlier;
      }
    }
    matches.put(day + match.homeTeam() + '|' + match.awayTeam(), match.location());
    teamDays.put(day + match.homeTeam(), match.location());
    teamDays.put(day + match.awayTeam(), match.location());
    return null;
  }
}
