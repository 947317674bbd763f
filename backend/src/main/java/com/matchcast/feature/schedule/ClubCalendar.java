package com.matchcast.feature.schedule;

import com.matchcast.feature.rolling.RecentMatches;
import java.time.LocalDate;

/** When and where a club last played: its recent match days and the division it came from. */
final class ClubCalendar {

  /** More matches than any club plays in a fortnight. */
  private static final int DAYS_KEPT = 8;

  private final RecentMatches matchDays = new RecentMatches(DAYS_KEPT, 1);
  private final double[] matchDay = new double[1];
  private String lastSeason;
  private String lastDivision;
  private String divisionBeforeLastSeason;

  void record(LocalDate date, String season, String division) {
    if (lastSeason != null && !lastSeason.equals(season)) {
      divisionBeforeLastSeason = lastDivision;
    }
    lastSeason = season;
    lastDivision = division;
    matchDay[0] = date.toEpochDay();
    matchDays.add(matchDay);
  }

  /** Days since the previous match; NaN before the first. */
  double daysSinceLastMatch(LocalDate date) {
    return matchDays.size() == 0 ? Double.NaN : date.toEpochDay() - matchDays.value(0, 0);
  }

  /** Matches in the {@code days} days before the date. */
  int matchesWithin(LocalDate date, int days) {
    long since = date.toEpochDay() - days;
    int count = 0;
    for (int age = 0; age < matchDays.size() && matchDays.value(age, 0) >= since; age++) {
      count++;
    }
    return count;
  }

  boolean hasPlayed() {
    return lastSeason != null;
  }

  /** The division of the club's last match before {@code season} began; null if it had none. */
  String divisionBefore(String season) {
    return season.equals(lastSeason) ? divisionBeforeLastSeason : lastDivision;
  }
}
