package com.matchcast.match;

import com.matchcast.catalog.Team;
import java.util.List;

/**
 * Meetings of two clubs. {@code team} is the club named first, {@code opponent} the other,
 * whatever the venue of each meeting.
 */
public record HeadToHead(Team team, Team opponent, List<Match> meetings, Summary summary) {

  public record Summary(int played, int teamWins, int opponentWins, int draws, int teamGoals, int opponentGoals) {}

  public static HeadToHead of(Team team, Team opponent, List<Match> meetings) {
    int teamWins = 0;
    int opponentWins = 0;
    int teamGoals = 0;
    int opponentGoals = 0;
    for (Match meeting : meetings) {
      boolean teamAtHome = meeting.homeTeamId() == team.id();
      int scored = teamAtHome ? meeting.homeGoals() : meeting.awayGoals();
      int conceded = teamAtHome ? meeting.awayGoals() : meeting.homeGoals();
      teamGoals += scored;
      opponentGoals += conceded;
      teamWins += scored > conceded ? 1 : 0;
      opponentWins += conceded > scored ? 1 : 0;
    }
    int draws = meetings.size() - teamWins - opponentWins;
    return new HeadToHead(team, opponent, meetings,
        new Summary(meetings.size(), teamWins, opponentWins, draws, teamGoals, opponentGoals));
  }
}
