package com.matchcast.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The leagues Matchcast covers, read from {@code catalog/leagues.csv}: one place that maps
 * football-data division codes to names, countries and the other sources' league ids.
 */
public final class LeagueCatalog {

  private static final LeagueCatalog DEFAULT = load("/catalog/leagues.csv");

  private final Map<String, LeagueDefinition> byCode;

  private LeagueCatalog(Map<String, LeagueDefinition> byCode) {
    this.byCode = byCode;
  }

  public static LeagueCatalog standard() {
    return DEFAULT;
  }

  public Collection<LeagueDefinition> all() {
    return byCode.values();
  }

  public Optional<LeagueDefinition> byCode(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code.trim().toUpperCase()));
  }

  public Optional<LeagueDefinition> byApiFootballId(int id) {
    return byCode.values().stream().filter(l -> l.apiFootballId() != null && l.apiFootballId() == id).findFirst();
  }

  public Optional<LeagueDefinition> byOddsApiSport(String sport) {
    return byCode.values().stream().filter(l -> sport.equals(l.oddsApiSport())).findFirst();
  }

  public Optional<LeagueDefinition> byOpenFootballCode(String code) {
    return byCode.values().stream().filter(l -> code.equals(l.openFootballCode())).findFirst();
  }

  static LeagueCatalog load(String resource) {
    try (InputStream in = LeagueCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing league catalog " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, LeagueDefinition> leagues = new LinkedHashMap<>();
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        leagues.put(f[0], new LeagueDefinition(f[0], f[1], f[2], Integer.parseInt(f[3]),
            f[4].isEmpty() ? null : Integer.valueOf(f[4]), emptyToNull(f[5]), emptyToNull(f[6]), "one_file".equals(f[7])));
      }
      return new LeagueCatalog(Map.copyOf(leagues));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
