package com.matchcast.ingest.footballdata;

import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The extra leagues football-data publishes under {@code /new/<CODE>.csv}. Their rows name a
 * {@code Country} instead of a {@code Div}, and their {@code Season} is {@code 2023/2024} for
 * leagues that play across the turn of the year (kept as {@code 2023-2024}, like the main
 * leagues) or a single year for leagues that play within one (kept as {@code 2023}).
 */
final class ExtraLeagues {

  private static final Map<String, String> CODES_BY_COUNTRY = Map.ofEntries(
      Map.entry("Argentina", "ARG"), Map.entry("Austria", "AUT"), Map.entry("Brazil", "BRA"),
      Map.entry("China", "CHN"), Map.entry("Denmark", "DNK"), Map.entry("Finland", "FIN"),
      Map.entry("Ireland", "IRL"), Map.entry("Japan", "JPN"), Map.entry("Mexico", "MEX"),
      Map.entry("Norway", "NOR"), Map.entry("Poland", "POL"), Map.entry("Romania", "ROU"),
      Map.entry("Russia", "RUS"), Map.entry("Sweden", "SWE"), Map.entry("Switzerland", "SWZ"),
      Map.entry("USA", "USA"));

  /** Leagues whose current seasons are calendar years. */
  private static final Set<String> CALENDAR_YEAR_LEAGUES =
      Set.of("ARG", "BRA", "CHN", "FIN", "IRL", "JPN", "NOR", "SWE", "USA");

  private ExtraLeagues() {}

  /** The league code of an extra-league country, or null for a country football-data does not cover. */
  static String codeOf(String country) {
    return country == null ? null : CODES_BY_COUNTRY.get(country);
  }

  /** The season code of a stated season, or null when the text is neither form. */
  static String seasonCode(String stated) {
    if (stated.length() == 4 && isYear(stated)) {
      return stated;
    }
    if (stated.length() == 9 && stated.charAt(4) == '/' && isYear(stated.substring(0, 4))
        && isYear(stated.substring(5))) {
      int first = Integer.parseInt(stated.substring(0, 4));
      int second = Integer.parseInt(stated.substring(5));
      return second == first + 1 ? first + "-" + second : null;
    }
    return null;
  }

  /** The season of a date when no season is stated (the extra-league fixtures file). */
  static String seasonOf(String league, LocalDate date) {
    return CALENDAR_YEAR_LEAGUES.contains(league) ? String.valueOf(date.getYear()) : SeasonCodes.seasonOf(date);
  }

  private static boolean isYear(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
