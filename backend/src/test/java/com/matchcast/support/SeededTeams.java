package com.matchcast.support;

import com.matchcast.catalog.TeamDirectory;
import com.matchcast.catalog.TeamResolution;

/** Clubs as the reference source (football-data) knows them, with the long names other sources use. */
public final class SeededTeams {

  private SeededTeams() {}

  /** Creates the club under {@code name} and records the other spellings as aliases. */
  public static long seed(TeamDirectory directory, String country, String name, String... aliases) {
    TeamResolution.Known club = directory.resolveOrCreate("football-data", country, name).block();
    for (String alias : aliases) {
      directory.addAlias(club.teamId(), "football-data", country, alias, null).block();
    }
    return club.teamId();
  }
}
