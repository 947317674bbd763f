package com.matchcast.standings;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** League tables over GraphQL, worked out by hand in MiniSeason, on H2 and on MariaDB. */
class StandingsApiTest {

  abstract static class Contract extends ApiTestSupport {

    @Test
    void fullSeasonTableIsOrderedByPointsGoalDifferenceGoalsForThenName() {
      var response = graphQl.documentName("standings").variable("league", "E0").variable("season", "2023-2024")
          .execute();
      response.path("standings[*].team.name").entityList(String.class)
          .containsExactly("Arsenal", "Liverpool", "Tottenham", "Chelsea");
      response.path("standings[*].points").entityList(Integer.class).containsExactly(7, 5, 5, 4);
      response.path("standings[*].position").entityList(Integer.class).containsExactly(1, 2, 3, 4);
      response.path("standings[*].form").entityList(String.class).containsExactly("WWDL", "DLDW", "DLDW", "LWDL");
      response.path("standings[0]").matchesJson("""
          {"position": 1, "team": {"id": "1", "name": "Arsenal"}, "played": 4, "won": 2, "drawn": 1, "lost": 1,
           "goalsFor": 5, "goalsAgainst": 4, "goalDifference": 1, "points": 7, "form": "WWDL"}""");
      response.path("standings[3]").matchesJson("""
          {"team": {"name": "Chelsea"}, "played": 4, "won": 1, "drawn": 1, "lost": 2,
           "goalsFor": 6, "goalsAgainst": 5, "goalDifference": 1, "points": 4}""");
    }

    @Test
    void asOfCutsTheTableAtThatDayInclusive() {
      var response = graphQl.documentName("standings").variable("league", "E0").variable("season", "2023-2024")
          .variable("asOf", "2023-08-19").execute();
      response.path("standings[*].team.name").entityList(String.class)
          .containsExactly("Arsenal", "Chelsea", "Tottenham", "Liverpool");
      response.path("standings[*].points").entityList(Integer.class).containsExactly(6, 3, 1, 1);
      response.path("standings[*].goalDifference").entityList(Integer.class).containsExactly(3, 2, -2, -3);
      response.path("standings[*].played").entityList(Integer.class).containsExactly(2, 2, 2, 2);
      response.path("standings[0].form").entity(String.class).isEqualTo("WW");
    }

    @Test
    void aSeasonWithoutMatchesGivesAnEmptyTable() {
      graphQl.documentName("standings").variable("league", "SP1").variable("season", "2023-2024").execute()
          .path("standings").entityList(Object.class).hasSize(0);
    }

    @Test
    void previousSeasonOnlyCountsItsOwnMatches() {
      List<Integer> points = graphQl.documentName("standings").variable("league", "E0")
          .variable("season", "2022-2023").execute()
          .path("standings[*].points").entityList(Integer.class).get();
      assertThat(points).containsExactly(6, 0);
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
