package com.matchcast.feature.schedule;

/**
 * Reads football-data division codes: letters name the country and the trailing digit the tier,
 * 0 or 1 being the top depending on the country (E0 and E1, SC0 and SC1, SP1 and SP2), so a
 * larger digit is always a lower division of the same country.
 */
final class Divisions {

  private Divisions() {}

  /** Whether {@code from} is a lower division of the same country than {@code to}. */
  static boolean isPromotion(String from, String to) {
    return sameCountry(from, to) && tier(from) > tier(to);
  }

  static boolean isRelegation(String from, String to) {
    return sameCountry(from, to) && tier(from) < tier(to);
  }

  private static boolean sameCountry(String one, String other) {
    return tier(one) >= 0 && tier(other) >= 0 && country(one).equals(country(other));
  }

  private static String country(String division) {
    return division.substring(0, tierStart(division));
  }

  /** -1 for a code without a tier digit (extra leagues such as ARG), which is never compared. */
  private static int tier(String division) {
    int start = tierStart(division);
    return start == division.length() ? -1 : Integer.parseInt(division.substring(start));
  }

  private static int tierStart(String division) {
    int start = division.length();
    while (start > 0 && Character.isDigit(division.charAt(start - 1))) {
      start--;
    }
    return start;
  }
}
