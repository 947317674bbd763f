package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.SeasonCodes;
import java.util.Locale;

/** Addresses of football-data.co.uk's files, from a configurable base (a mirror, a test server). */
public final class FootballDataUrls {

  public static final String DEFAULT_BASE = "https://www.football-data.co.uk";

  private FootballDataUrls() {}

  /** Path of upcoming matches of the main leagues, with pre-match prices, below the base. */
  public static final String FIXTURES_PATH = "/fixtures.csv";

  /** One division's season: {@code {base}/mmz4281/2324/E0.csv}. */
  public static String seasonFile(String base, String division, String seasonCode) {
    return root(base) + seasonFilePath(division, seasonCode);
  }

  /** The path of a season file below the base: {@code /mmz4281/2324/E0.csv}. */
  public static String seasonFilePath(String division, String seasonCode) {
    return "/mmz4281/" + SeasonCodes.toShort(seasonCode) + "/" + division + ".csv";
  }

  /** Upcoming matches of the main leagues, with pre-match prices. */
  public static String fixtures(String base) {
    return root(base) + FIXTURES_PATH;
  }

  /** Path of upcoming matches of the extra leagues, below the base. */
  public static final String EXTRA_FIXTURES_PATH = "/new_league_fixtures.csv";

  /** All seasons of an extra league in one file: {@code {base}/new/ARG.csv}. */
  public static String extraLeague(String base, String code) {
    return root(base) + extraLeaguePath(code);
  }

  public static String extraLeaguePath(String code) {
    return "/new/" + code.toUpperCase(Locale.ROOT) + ".csv";
  }

  /** Upcoming matches of the extra leagues. */
  public static String extraFixtures(String base) {
    return root(base) + EXTRA_FIXTURES_PATH;
  }

  private static String root(String base) {
    String root = base == null || base.isBlank() ? DEFAULT_BASE : base.trim();
    return root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }
}
