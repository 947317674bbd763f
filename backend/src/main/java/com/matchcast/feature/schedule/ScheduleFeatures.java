package com.matchcast.feature.schedule;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureInputs;
import com.matchcast.feature.FeatureSource;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rest and congestion before the match, and where each club comes from: promoted, relegated, or
 * new to the data. Only league matches in the data count: cup and European matches are unseen.
 */
public final class ScheduleFeatures implements FeatureSource {

  static final int REST_CAP_DAYS = 60;
  static final int CONGESTION_DAYS = 14;
  private static final ClubCalendar NEVER_PLAYED = new ClubCalendar();
  private final Map<String, ClubCalendar> clubs = new HashMap<>();
  private final List<FeatureDefinition> definitions = defineAll();

  @Override
  public List<FeatureDefinition> definitions() {
    return definitions;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    ClubCalendar home = clubs.getOrDefault(match.homeClub(), NEVER_PLAYED);
    ClubCalendar away = clubs.getOrDefault(match.awayClub(), NEVER_PLAYED);
    int at = writeTeam(home, match, out, offset);
    at = writeTeam(away, match, out, at);
    out[at] = restDays(home, match.date()) - restDays(away, match.date());
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    record(match.homeClub(), match);
    record(match.awayClub(), match);
  }

  private void record(String club, UpcomingMatch match) {
    clubs.computeIfAbsent(club, key -> new ClubCalendar()).record(match.date(), match.season(), match.division());
  }

  private static int writeTeam(ClubCalendar club, UpcomingMatch match, double[] out, int at) {
    String cameFrom = club.divisionBefore(match.season());
    boolean known = cameFrom != null;
    out[at++] = restDays(club, match.date());
    out[at++] = club.matchesWithin(match.date(), CONGESTION_DAYS);
    out[at++] = known ? flag(Divisions.isPromotion(cameFrom, match.division())) : Double.NaN;
    out[at++] = known ? flag(Divisions.isRelegation(cameFrom, match.division())) : Double.NaN;
    out[at++] = flag(!club.hasPlayed());
    return at;
  }

  private static double restDays(ClubCalendar club, LocalDate date) {
    return Math.min(REST_CAP_DAYS, club.daysSinceLastMatch(date));
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }

  private static List<FeatureDefinition> defineAll() {
    List<FeatureDefinition> all = FeatureInputs.forBothTeams(
        "rest_days", "days since its previous match in the data, capped at " + REST_CAP_DAYS
            + "; NaN before its first.",
        "matches_last14_days", "its matches in the data in the " + CONGESTION_DAYS + " days before the date.",
        "promoted", "1 when its last match before this season began was in a lower division of the same country,"
            + " else 0; NaN when it has no match before this season.",
        "relegated", "1 when its last match before this season began was in a higher division of the same"
            + " country, else 0; NaN when it has no match before this season.",
        "newcomer", "1 when it has no earlier match in the data at all (every club in a division's first"
            + " season), else 0.");
    all.add(FeatureInputs.fromResults("diff_rest_days", "Home team's rest days minus the away team's (both capped)."));
    return List.copyOf(all);
  }
}
