package com.matchcast.timeline;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.TeamNames;
import com.matchcast.catalog.TeamSeed;
import java.util.HashMap;
import java.util.Map;

/**
 * Stable club keys for the forecasting engine without a database: the seeded alias table maps
 * every football-data spelling of a club (Middlesboro, Middlesbrough) to one key, so form and
 * ratings follow the club across seasons and divisions. A name the seed does not know keys as
 * written, within the league's country, which is also how the catalog names a club it created.
 */
public final class ClubKeys {

  private final Map<String, String> canonicalByAlias = new HashMap<>();

  private ClubKeys() {}

  public static ClubKeys fromSeed() {
    ClubKeys keys = new ClubKeys();
    for (TeamSeed.Row row : TeamSeed.load().rows()) {
      keys.canonicalByAlias.putIfAbsent(row.country() + "|" + TeamNames.normalize(row.alias()),
          row.country() + "|" + row.team());
    }
    return keys;
  }

  /** The club key of a team name as written in a division's file. */
  public String keyOf(String division, String teamName) {
    String country = LeagueCatalog.standard().byCode(division).map(LeagueDefinition::country).orElse(division);
    String canonical = canonicalByAlias.get(country + "|" + TeamNames.normalize(teamName));
    return canonical != null ? canonical : country + "|" + teamName.trim();
  }
}
