package com.matchcast.ingest.footballdata;

/**
 * The {@code Season} column of the extra-league files: {@code 2023/2024} for leagues that play
 * across the turn of the year, becoming {@code 2023-2024} like the main leagues; a single year
 * ({@code 2023}) for leagues that play within a calendar year, kept as {@code 2023}.
 */
final class ExtraLeagueSeasons {

  private ExtraLeagueSeasons() {}

  /** The season code, or null when the text is neither form. */
  static String toCode(String stated) {
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

  private static boolean isYear(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
