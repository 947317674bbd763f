package com.matchcast.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ranking rules on tables small enough to check by hand. Clubs: 0 A, 1 B, 2 C, 3 D. */
class RankingTest {

  private static final int A = 0;
  private static final int B = 1;
  private static final int C = 2;
  private static final int D = 3;

  private static int[] rank(SeasonTable table, String league) {
    int[] order = new int[table.clubs()];
    new Ranking(LeagueRules.of(league).criteria(), table.clubs()).rank(table, new SplittableRandom(1), order);
    return order;
  }

  @Test
  void premierLeagueRanksLevelClubsByGoalDifferenceThenGoalsScored() {
    SeasonTable table = new SeasonTable(4);
    table.record(A, C, 1, 0); // A 3 pts, GD +1, GF 1
    table.record(B, D, 3, 2); // B 3 pts, GD +1, GF 3
    table.record(C, D, 2, 0); // C 3 pts, GD +1 (2-1), GF 2
    // A, B and C have 3 points and GD +1: goals scored decide, B 3, C 2, A 1; D has none
    assertThat(rank(table, "E0")).containsExactly(B, C, A, D);
  }

  @Test
  void premierLeagueUsesHeadToHeadOnlyAfterGoalsScored() {
    SeasonTable table = new SeasonTable(4);
    table.record(A, B, 1, 0); // A beat B
    table.record(B, C, 2, 0); // B: 3 pts, GD +1, GF 2
    table.record(A, D, 0, 1); // A: 3 pts, GD 0, GF 1
    table.record(D, C, 1, 0);
    // D 6 points; A and B 3 each, B with the better goal difference (+1 against 0) although A beat B; C 0
    assertThat(rank(table, "E0")).containsExactly(D, B, A, C);
    // La Liga looks at the meeting first: A above B
    assertThat(rank(table, "SP1")).containsExactly(D, A, B, C);
  }

  @Test
  void headToHeadBreaksAPremierLeagueTieLevelOnGoals() {
    SeasonTable goals = new SeasonTable(3);
    goals.record(0, 1, 3, 1);  // the meetings: 3 points and 3 goals each
    goals.record(1, 0, 2, 0);
    goals.record(0, 2, 0, 1);  // both lose 0-1 to club 2: 3 points, 3 goals for and 4 against each
    goals.record(2, 1, 1, 0);
    assertThat(goals.points(0)).isEqualTo(goals.points(1));
    assertThat(goals.goalDifference(0)).isEqualTo(goals.goalDifference(1));
    assertThat(goals.goalsFor(0)).isEqualTo(goals.goalsFor(1));
    // level on points, goal difference, goals, head-to-head points and goals: only lots separate 0 and 1
    int first = 0;
    SplittableRandom lots = new SplittableRandom(7);
    Ranking ranking = new Ranking(LeagueRules.of("E0").criteria(), 3);
    int[] order = new int[3];
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      ranking.rank(goals, lots, order);
      assertThat(order[0]).isEqualTo(2);
      first += order[1] == 0 ? 1 : 0;
    }
    // a fair draw: within 5 binomial standard errors (sqrt(0.25 / 20000) = 0.0035) of one half
    assertThat((double) first / draws).isBetween(0.5 - 5 * 0.0035, 0.5 + 5 * 0.0035);
  }

  @Test
  void laLigaSettlesAThreeWayTieByTheMiniLeagueAmongThem() {
    SeasonTable table = new SeasonTable(4);
    // among A, B, C: A beat B, B beat C, C drew A: mini-league points A 4, B 3, C 1
    table.record(A, B, 1, 0);
    table.record(B, C, 1, 0);
    table.record(C, A, 0, 0);
    // against D they make up the difference: A 7 (goal difference +6), B 7 (+1), C 7 (+17)
    table.record(A, D, 5, 0);
    table.record(B, D, 1, 0);
    table.record(D, B, 0, 0);
    table.record(C, D, 9, 0);
    table.record(D, C, 0, 9);
    assertThat(table.points(A)).isEqualTo(7);
    assertThat(table.points(B)).isEqualTo(7);
    assertThat(table.points(C)).isEqualTo(7);
    // head-to-head among the three decides, whatever the overall goal difference (C's is the best)
    assertThat(rank(table, "SP1")).containsExactly(A, B, C, D);
    assertThat(rank(table, "I1")).containsExactly(A, B, C, D);
    // the Premier League and the Bundesliga look at goal difference first
    assertThat(rank(table, "E0")).containsExactly(C, A, B, D);
    assertThat(rank(table, "D1")).containsExactly(C, A, B, D);
  }

  @Test
  void laLigaFallsBackToHeadToHeadGoalDifferenceThenOverallGoalDifference() {
    SeasonTable table = new SeasonTable(3);
    table.record(A, B, 3, 0); // the meetings: 3 points each, head-to-head goal difference A +2
    table.record(B, A, 1, 0);
    table.record(C, A, 5, 0);
    table.record(B, C, 4, 0);
    table.record(A, C, 1, 0); // A 6 points, goal difference -2; B 6 points, +2
    assertThat(table.points(A)).isEqualTo(table.points(B));
    assertThat(table.goalDifference(B)).isGreaterThan(table.goalDifference(A));
    // SP1: head-to-head goal difference (+2 for A) beats B's better overall goal difference
    assertThat(rank(table, "SP1")).startsWith(A, B);
    assertThat(rank(table, "E0")).startsWith(B, A);
  }

  @Test
  void aPointsDeductionCountsLikePointsLost() {
    SeasonTable table = new SeasonTable(2);
    table.record(0, 1, 1, 0);
    table.record(1, 0, 0, 0);
    assertThat(rank(table, "E0")).containsExactly(0, 1);
    table.deduct(0, 4);
    assertThat(table.points(0)).isZero();
    assertThat(rank(table, "E0")).containsExactly(1, 0);
  }

  @Test
  void bandsCountNegativePositionsFromTheBottom() {
    PlaceBand relegation = LeagueRules.of("D1").bands().stream().filter(b -> b.name().equals("relegation"))
        .findFirst().orElseThrow();
    assertThat(relegation.first(18)).isEqualTo(17);
    assertThat(relegation.last(18)).isEqualTo(18);
    PlaceBand playOff = LeagueRules.of("F1").bands().stream().filter(b -> b.name().equals("relegation-play-off"))
        .findFirst().orElseThrow();
    assertThat(playOff.first(20)).isEqualTo(18);
    assertThat(playOff.first(18)).isEqualTo(16);
    assertThat(LeagueRules.of("XX").tieBreaks()).containsExactly(TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR);
  }

  private static int indexOf(int[] order, int club) {
    for (int i = 0; i < order.length; i++) {
      if (order[i] == club) {
        return i;
      }
    }
    return -1;
  }
}
