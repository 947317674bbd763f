package com.matchcast.ingest.collect;

import java.time.ZoneId;
import java.util.Map;

/** The clock a league's own calendar runs on, for dates and for local kick-off times. */
public final class LeagueZones {

  private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
      Map.entry("England", "Europe/London"), Map.entry("Scotland", "Europe/London"),
      Map.entry("Spain", "Europe/Madrid"), Map.entry("Germany", "Europe/Berlin"),
      Map.entry("Italy", "Europe/Rome"), Map.entry("France", "Europe/Paris"),
      Map.entry("Netherlands", "Europe/Amsterdam"), Map.entry("Belgium", "Europe/Brussels"),
      Map.entry("Portugal", "Europe/Lisbon"), Map.entry("Turkey", "Europe/Istanbul"),
      Map.entry("Greece", "Europe/Athens"));

  private LeagueZones() {}

  public static ZoneId of(String country) {
    return ZoneId.of(BY_COUNTRY.getOrDefault(country, "UTC"));
  }
}
