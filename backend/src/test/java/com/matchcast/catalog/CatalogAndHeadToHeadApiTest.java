package com.matchcast.catalog;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Leagues, club search by any spelling, and head-to-head records, on H2 and on MariaDB. */
class CatalogAndHeadToHeadApiTest {

  abstract static class Contract extends ApiTestSupport {

    @Test
    void leaguesComeFromTheCatalogWithTheirStoredSeasons() {
      var leagues = graphQl.documentName("leagues").execute();
      leagues.path("leagues[?(@.code == 'E0')]").matchesJson("""
          [{"code": "E0", "name": "Premier League", "country": "England", "seasons": ["2022-2023", "2023-2024"]}]""");
      leagues.path("leagues[?(@.code == 'SP1')].seasons").matchesJson("[[]]");
    }

    @Test
    void teamSearchFindsAClubByAnAliasSpelling() {
      graphQl.documentName("teams").variable("search", "Hotspur").execute()
          .path("teams").matchesJson("""
              [{"id": "4", "name": "Tottenham", "country": "England"}]""");
      graphQl.documentName("teams").variable("search", "SPURS").execute()
          .path("teams[*].name").entityList(String.class).containsExactly("Tottenham");
    }

    @Test
    void teamSearchMatchesCanonicalNamesAndListsAllWithoutSearch() {
      graphQl.documentName("teams").variable("search", "el").execute()
          .path("teams[*].name").entityList(String.class).containsExactly("Chelsea");
      graphQl.documentName("teams").execute()
          .path("teams[*].name").entityList(String.class)
          .containsExactly("Arsenal", "Chelsea", "Liverpool", "Tottenham");
    }

    @Test
    void teamById() {
      graphQl.documentName("team").variable("id", "3").execute()
          .path("team").matchesJson("""
              {"id": "3", "name": "Liverpool", "country": "England"}""");
    }

    @Test
    void headToHeadListsFinishedMeetingsAtEitherVenueMostRecentFirst() {
      var record = graphQl.documentName("headToHead").variable("homeTeam", "Arsenal").variable("awayTeam", "Chelsea")
          .execute();
      record.path("headToHead.meetings[*].id").entityList(String.class).containsExactly("1", "11", "12");
      record.path("headToHead.summary").matchesJson("""
          {"played": 3, "teamWins": 3, "opponentWins": 0, "draws": 0, "teamGoals": 6, "opponentGoals": 2}""");
      record.path("headToHead.team.name").entity(String.class).isEqualTo("Arsenal");
      record.path("headToHead.opponent.name").entity(String.class).isEqualTo("Chelsea");
    }

    @Test
    void headToHeadAcceptsAliasesAndIdsAndHonoursLast() {
      graphQl.documentName("headToHead").variable("homeTeam", "Spurs").variable("awayTeam", "1").execute()
          .path("headToHead").matchesJson("""
              {"team": {"id": "4", "name": "Tottenham"}, "opponent": {"id": "1", "name": "Arsenal"},
               "meetings": [{"id": "4", "homeTeam": {"name": "Tottenham"}, "awayTeam": {"name": "Arsenal"},
                             "homeGoals": 0, "awayGoals": 2}],
               "summary": {"played": 1, "teamWins": 0, "opponentWins": 1, "draws": 0, "teamGoals": 0,
                           "opponentGoals": 2}}""");
      graphQl.documentName("headToHead").variable("homeTeam", "chelsea").variable("awayTeam", "Arsenal")
          .variable("last", 2).execute()
          .path("headToHead.meetings[*].id").entityList(String.class).containsExactly("1", "11");
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
