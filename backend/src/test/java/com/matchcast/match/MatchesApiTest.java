package com.matchcast.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Match pages, filters and details over GraphQL, on H2 and on MariaDB. */
class MatchesApiTest {

  abstract static class Contract extends ApiTestSupport {

    private static final Map<String, Object> SEASON_2023 = Map.of("league", "E0", "season", "2023-2024");

    private GraphQlTester.Response page(Map<String, Object> filter, int first, String after) {
      return graphQl.documentName("matchesPage").variable("filter", filter).variable("first", first)
          .variable("after", after).execute();
    }

    @Test
    void pagesFollowDateThenIdAcrossCursorsWithTotalCount() {
      var first = page(SEASON_2023, 4, null);
      first.path("matches.totalCount").entity(Integer.class).isEqualTo(10);
      first.path("matches.edges[*].node.id").entityList(String.class).containsExactly("1", "2", "3", "4");
      first.path("matches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
      first.path("matches.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
      String endOfFirst = first.path("matches.pageInfo.endCursor").entity(String.class).get();
      first.path("matches.edges[3].cursor").entity(String.class).isEqualTo(endOfFirst);

      var second = page(SEASON_2023, 4, endOfFirst);
      second.path("matches.edges[*].node.id").entityList(String.class).containsExactly("5", "6", "7", "8");
      second.path("matches.totalCount").entity(Integer.class).isEqualTo(10);
      String endOfSecond = second.path("matches.pageInfo.endCursor").entity(String.class).get();

      var third = page(SEASON_2023, 4, endOfSecond);
      third.path("matches.edges[*].node.id").entityList(String.class).containsExactly("9", "10");
      third.path("matches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
      assertThat(endOfFirst).doesNotContain("2023").doesNotContain(":");
    }

    @Test
    void withoutFilterEveryMatchIsOrderedByDate() {
      var all = page(null, 100, null);
      all.path("matches.totalCount").entity(Integer.class).isEqualTo(12);
      all.path("matches.edges[*].node.id").entityList(String.class)
          .containsExactly("12", "11", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
      all.path("matches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void pageCarriesTeamsScoresAndOneXTwoOdds() {
      var first = page(SEASON_2023, 2, null);
      first.path("matches.edges[0].node").matchesJson("""
          {"id": "1", "date": "2023-08-12", "status": "FINISHED", "homeTeam": {"id": "1", "name": "Arsenal"},
           "awayTeam": {"id": "2", "name": "Chelsea"}, "homeGoals": 2, "awayGoals": 1}""");
      first.path("matches.edges[0].node.kickoff").entity(String.class).satisfies(kickoff ->
          assertThat(OffsetDateTime.parse(kickoff).toInstant())
              .isEqualTo(Instant.parse("2023-08-12T14:00:00Z")));
      first.path("matches.edges[0].node.odds[*].bookmaker").entityList(String.class)
          .containsExactly("Bet365", "Pinnacle", "Bet365");
      first.path("matches.edges[1].node.kickoff").valueIsNull();
      first.path("matches.edges[1].node.date").entity(String.class).isEqualTo("2023-08-12");
      first.path("matches.edges[1].node.odds[0]").matchesJson("""
          {"bookmaker": "Bet365", "closing": false, "home": 2.5, "draw": 3.3, "away": 2.8}""");
    }

    @Test
    void filtersByTeamAtEitherVenue() {
      var arsenal = page(Map.of("season", "2023-2024", "team", "1"), 20, null);
      arsenal.path("matches.totalCount").entity(Integer.class).isEqualTo(5);
      arsenal.path("matches.edges[*].node.id").entityList(String.class).containsExactly("1", "4", "5", "7", "9");
    }

    @Test
    void filtersByInclusiveDateRange() {
      var range = page(Map.of("from", "2023-08-19", "to", "2023-08-26"), 20, null);
      range.path("matches.edges[*].node.id").entityList(String.class).containsExactly("3", "4", "5", "6");
      range.path("matches.totalCount").entity(Integer.class).isEqualTo(4);
    }

    @Test
    void filtersByStatus() {
      page(Map.of("status", "SCHEDULED"), 20, null)
          .path("matches.edges[*].node.id").entityList(String.class).containsExactly("9");
      page(Map.of("league", "E0", "status", "POSTPONED"), 20, null)
          .path("matches.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void matchDetailShowsEverythingStoredAboutIt() {
      var detail = graphQl.documentName("matchDetail").variable("id", "1").execute();
      detail.path("match").matchesJson("""
          {"id": "1", "season": "2023-2024", "date": "2023-08-12", "status": "FINISHED", "referee": "M Oliver",
           "venue": "Emirates Stadium", "attendance": 60100, "homeGoalsHalfTime": 1, "awayGoalsHalfTime": 0,
           "league": {"code": "E0", "name": "Premier League", "country": "England"},
           "homeTeam": {"name": "Arsenal"}, "awayTeam": {"name": "Chelsea"},
           "statistics": [{"source": "football-data", "homeShots": 15, "awayShots": 9, "homeShotsOnTarget": 6,
                           "homeExpectedGoals": 1.85, "awayExpectedGoals": 0.92}],
           "closingOdds": [{"bookmaker": "Bet365", "home": 2.0}]}""");
      detail.path("match.odds[*].market").entityList(String.class)
          .containsExactly("ONE_X_TWO", "ONE_X_TWO", "ONE_X_TWO", "OVER_UNDER");
      detail.path("match.odds[?(@.market == 'OVER_UNDER')]").matchesJson("""
          [{"bookmaker": "Bet365", "line": 2.5, "closing": false, "over": 1.9, "under": 1.95, "home": null,
            "source": "football-data"}]""");
    }

    @Test
    void matchWithoutStatisticsOrOddsHasEmptyLists() {
      graphQl.documentName("matchDetail").variable("id", "9").execute()
          .path("match").matchesJson("""
              {"id": "9", "status": "SCHEDULED", "kickoff": null, "statistics": [], "odds": [], "closingOdds": []}""");
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
