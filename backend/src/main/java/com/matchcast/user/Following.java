package com.matchcast.user;

import java.util.List;
import java.util.Set;

/**
 * What one user follows.
 *
 * @param teamIds     followed clubs, oldest follow first
 * @param leagueCodes followed leagues, oldest follow first
 */
public record Following(List<Long> teamIds, List<String> leagueCodes) {

  public static final Following NOTHING = new Following(List.of(), List.of());

  public Following {
    teamIds = List.copyOf(teamIds);
    leagueCodes = List.copyOf(leagueCodes);
  }

  public boolean followsLeague(String code) {
    return leagueCodes.contains(code);
  }

  public boolean followsAnyTeam(long... teams) {
    Set<Long> followed = Set.copyOf(teamIds);
    for (long team : teams) {
      if (followed.contains(team)) {
        return true;
      }
    }
    return false;
  }
}
