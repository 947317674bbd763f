package com.matchcast.standings;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.catalog.Team;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

  private static final Team ALPHA = new Team(1, "Alpha", "Nowhere");
  private static final Team BETA = new Team(2, "Beta", "Nowhere");
  private static final Team GAMMA = new Team(3, "Gamma", "Nowhere");

  private final List<FinishedResult> results = new ArrayList<>();

  private void play(Team home, int homeGoals, int awayGoals, Team away) {
    results.add(new FinishedResult(results.size() + 1, LocalDate.of(2024, 1, 1).plusDays(results.size()), home, away,
        homeGoals, awayGoals));
  }

  @Test
  void formShowsTheLastFiveResultsMostRecentLast() {
    play(ALPHA, 0, 1, BETA);
    play(ALPHA, 2, 0, BETA);
    play(BETA, 1, 1, ALPHA);
    play(ALPHA, 3, 0, BETA);
    play(BETA, 2, 0, ALPHA);
    play(ALPHA, 1, 0, BETA);
    Standing alpha = LeagueTable.of(results).get(0);
    assertThat(alpha.team()).isEqualTo(ALPHA);
    assertThat(alpha.played()).isEqualTo(6);
    assertThat(alpha.form()).isEqualTo("WDWLW");
    assertThat(alpha.points()).isEqualTo(10);
  }

  @Test
  void tiesAreBrokenByGoalsForWhenPointsAndGoalDifferenceAreEqual() {
    play(ALPHA, 1, 1, BETA);
    play(GAMMA, 3, 3, ALPHA);
    play(BETA, 0, 0, GAMMA);
    List<Standing> table = LeagueTable.of(results);
    assertThat(table).extracting(standing -> standing.team().name()).containsExactly("Alpha", "Gamma", "Beta");
    assertThat(table).extracting(Standing::points).containsExactly(2, 2, 2);
    assertThat(table).extracting(Standing::goalsFor).containsExactly(4, 3, 1);
    assertThat(table).extracting(Standing::position).containsExactly(1, 2, 3);
  }

  @Test
  void noResultsNoTable() {
    assertThat(LeagueTable.of(List.of())).isEmpty();
  }
}
