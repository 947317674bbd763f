package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

/**
 * During a replay the read API shows the mini season (MiniSeason) as the replay's clock knows it,
 * on Visibility's timetable; on a live clock it shows everything stored. The replay stands at
 * Saturday 2023-08-19 15:30 UTC: Tottenham v Arsenal (match 4, day only, so 15:00) is being played,
 * Chelsea v Liverpool (match 3, 16:30) is still to come, the matches of 2 September (7 and 8) are
 * just announced, those of 16 September (9 and 10) not yet.
 */
class ServingHorizonApiTest {

  private static final Instant SATURDAY = Instant.parse("2023-08-19T15:30:00Z");
  /** The real clock under the replay stands still, so the replay does too, though it runs. */
  private static final Clock REAL = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private static final String MATCH = """
      query Match($id: ID!) { match(id: $id) {
        id status homeGoals awayGoals homeGoalsHalfTime awayGoalsHalfTime attendance
        statistics { source homeShots }
        closing: odds(closing: true) { bookmaker market home }
        preMatch: odds(closing: false) { bookmaker market home }
      } }""";
  private static final String PAGE = """
      query Page($filter: MatchFilter, $first: Int, $after: String) {
        matches(filter: $filter, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id status homeGoals awayGoals odds(market: ONE_X_TWO) { bookmaker closing } } }
        } }""";
  private static final Map<String, Object> SEASON = Map.of("league", "E0", "season", "2023-2024");

  abstract static class Contract extends ApiTestSupport {

    @Autowired PredictionService predictions;

    @BeforeEach
    void pricesAndRatings() {
      db.sql("INSERT INTO odds (match_id, source, bookmaker, market, line, closing, home_price, draw_price, away_price)"
          + " VALUES (3, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, FALSE, 2.40, 3.30, 3.00),"
          + " (3, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, TRUE, 2.30, 3.40, 3.10),"
          + " (5, 'football-data', 'Bet365', 'ONE_X_TWO', NULL, FALSE, 1.80, 3.60, 4.50)").then().block();
      db.sql("INSERT INTO rating_history (club_key, team_id, rating_system, rated_on, rating) VALUES"
          + " ('England|Arsenal', 1, 'ELO', '2023-08-12', 1705.0), ('England|Arsenal', 1, 'ELO', '2023-08-19', 1712.5)")
          .then().block();
    }

    private void replayAt(Instant now) {
      MatchClock clock = MatchClock.replay(REAL, now, 3600);
      predictions.start(clock).block();
      clock.run();
    }

    private void live() {
      predictions.start(MatchClock.live(REAL)).block();
    }

    private GraphQlTester.Response match(long id) {
      return graphQl.document(MATCH).variable("id", String.valueOf(id)).execute();
    }

    private GraphQlTester.Response page(Map<String, Object> filter, int first, String after) {
      return graphQl.document(PAGE).variable("filter", filter).variable("first", first).variable("after", after)
          .execute();
    }

    private List<String> ids(Map<String, Object> filter) {
      return page(filter, 100, null).path("matches.edges[*].node.id").entityList(String.class).get();
    }

    private static Map<String, Object> season(String status) {
      return Map.of("league", "E0", "season", "2023-2024", "status", status);
    }

    @Test
    void aMatchStillToComeHasNoResultNoStatisticsAndOnlyThePricesOfItsTime() {
      replayAt(SATURDAY);

      match(3).path("match").matchesJsonStrictly("""
          {"id": "3", "status": "SCHEDULED", "homeGoals": null, "awayGoals": null, "homeGoalsHalfTime": null,
           "awayGoalsHalfTime": null, "attendance": null, "statistics": [], "closing": [],
           "preMatch": [{"bookmaker": "Pinnacle", "market": "ASIAN_HANDICAP", "home": 1.95},
                        {"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.4}]}""");
      match(4).path("match").matchesJsonStrictly("""
          {"id": "4", "status": "LIVE", "homeGoals": null, "awayGoals": null, "homeGoalsHalfTime": null,
           "awayGoalsHalfTime": null, "attendance": null, "statistics": [], "closing": [], "preMatch": []}""");
      match(5).path("match.preMatch").matchesJsonStrictly("[]");
      match(7).path("match").matchesJsonStrictly("""
          {"id": "7", "status": "SCHEDULED", "homeGoals": null, "awayGoals": null, "homeGoalsHalfTime": null,
           "awayGoalsHalfTime": null, "attendance": null, "statistics": [], "closing": [], "preMatch": []}""");
    }

    @Test
    void aPlayedMatchShowsAsStored() {
      replayAt(SATURDAY);

      match(1).path("match").matchesJsonStrictly("""
          {"id": "1", "status": "FINISHED", "homeGoals": 2, "awayGoals": 1, "homeGoalsHalfTime": 1,
           "awayGoalsHalfTime": 0, "attendance": 60100, "statistics": [{"source": "football-data", "homeShots": 15}],
           "closing": [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.0}],
           "preMatch": [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.1},
                        {"bookmaker": "Pinnacle", "market": "ONE_X_TWO", "home": 2.15},
                        {"bookmaker": "Bet365", "market": "OVER_UNDER", "home": null}]}""");
    }

    @Test
    void closingPricesShowFiveMinutesBeforeKickOffPreMatchOnesThreeDaysBefore() {
      replayAt(Instant.parse("2023-08-19T16:24:59Z"));
      match(3).path("match.closing").matchesJsonStrictly("[]");

      replayAt(Instant.parse("2023-08-19T16:25:00Z"));
      match(3).path("match.closing").matchesJsonStrictly("""
          [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.3}]""");
      match(3).path("match.status").entity(String.class).isEqualTo("SCHEDULED");

      replayAt(Instant.parse("2023-08-23T14:59:59Z"));
      match(5).path("match.preMatch").matchesJsonStrictly("[]");
      replayAt(Instant.parse("2023-08-23T15:00:00Z"));
      match(5).path("match.preMatch").matchesJsonStrictly("""
          [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 1.8}]""");
    }

    @Test
    void theResultArrivesAtFullTime() {
      replayAt(Instant.parse("2023-08-19T16:54:59Z"));
      match(4).path("match.status").entity(String.class).isEqualTo("LIVE");
      match(4).path("match.homeGoals").valueIsNull();

      replayAt(Instant.parse("2023-08-19T16:55:00Z"));
      match(4).path("match").matchesJsonStrictly("""
          {"id": "4", "status": "FINISHED", "homeGoals": 0, "awayGoals": 2, "homeGoalsHalfTime": null,
           "awayGoalsHalfTime": null, "attendance": null, "statistics": [{"source": "football-data", "homeShots": null}],
           "closing": [], "preMatch": []}""");
    }

    @Test
    void aMatchNotYetAnnouncedIsNotFoundAndNotListed() {
      replayAt(SATURDAY);

      for (long id : List.of(9L, 10L)) {
        match(id).errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
          assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(error.getMessage()).isEqualTo("No match with id " + id + ".");
        }));
      }
      assertThat(ids(null)).containsExactly("12", "11", "1", "2", "3", "4", "5", "6", "7", "8");
      page(null, 100, null).path("matches.totalCount").entity(Integer.class).isEqualTo(10);
    }

    @Test
    void pagesAndCountsCoverTheKnownMatchesOnly() {
      replayAt(SATURDAY);

      var first = page(SEASON, 3, null);
      first.path("matches.totalCount").entity(Integer.class).isEqualTo(8);
      first.path("matches.edges[*].node.id").entityList(String.class).containsExactly("1", "2", "3");
      first.path("matches.edges[*].node.status").entityList(String.class)
          .containsExactly("FINISHED", "FINISHED", "SCHEDULED");
      first.path("matches.edges[2].node").matchesJsonStrictly("""
          {"id": "3", "status": "SCHEDULED", "homeGoals": null, "awayGoals": null,
           "odds": [{"bookmaker": "Bet365", "closing": false}]}""");
      var second = page(SEASON, 3, first.path("matches.pageInfo.endCursor").entity(String.class).get());
      second.path("matches.edges[*].node.id").entityList(String.class).containsExactly("4", "5", "6");
      second.path("matches.edges[*].node.status").entityList(String.class)
          .containsExactly("LIVE", "SCHEDULED", "SCHEDULED");
      second.path("matches.edges[1].node.odds").matchesJsonStrictly("[]");
      var third = page(SEASON, 3, second.path("matches.pageInfo.endCursor").entity(String.class).get());
      third.path("matches.edges[*].node.id").entityList(String.class).containsExactly("7", "8");
      third.path("matches.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
      third.path("matches.totalCount").entity(Integer.class).isEqualTo(8);
    }

    @Test
    void aStatusFilterMeansTheStatusShown() {
      replayAt(SATURDAY);

      assertThat(ids(season("FINISHED"))).containsExactly("1", "2");
      assertThat(ids(season("LIVE"))).containsExactly("4");
      assertThat(ids(season("SCHEDULED"))).containsExactly("3", "5", "6", "7", "8");
      assertThat(ids(season("POSTPONED"))).isEmpty();
      page(season("SCHEDULED"), 2, null).path("matches.totalCount").entity(Integer.class).isEqualTo(5);
    }

    @Test
    void headToHeadLeavesOutMeetingsNotYetPlayed() {
      replayAt(SATURDAY);

      var chelseaLiverpool = headToHead("Chelsea", "Liverpool");
      chelseaLiverpool.path("headToHead.meetings").matchesJsonStrictly("[]");
      chelseaLiverpool.path("headToHead.summary.played").entity(Integer.class).isEqualTo(0);
      headToHead("Arsenal", "Tottenham").path("headToHead.meetings").matchesJsonStrictly("[]");
      headToHead("Arsenal", "Chelsea").path("headToHead.meetings[*].id").entityList(String.class)
          .containsExactly("1", "11", "12");
    }

    @Test
    void standingsCountOnlyTheResultsOfFinishedMatches() {
      replayAt(SATURDAY);

      for (String asOf : new String[] {null, "2023-08-26"}) {
        var table = standings(asOf);
        table.path("standings[*].team.name").entityList(String.class)
            .containsExactly("Arsenal", "Liverpool", "Tottenham", "Chelsea");
        table.path("standings[*].points").entityList(Integer.class).containsExactly(3, 1, 1, 0);
        table.path("standings[*].played").entityList(Integer.class).containsExactly(1, 1, 1, 1);
        table.path("standings[*].form").entityList(String.class).containsExactly("W", "D", "D", "L");
      }
    }

    @Test
    void aRatingShowsOnceEveryMatchOfItsDayHasFinished() {
      replayAt(SATURDAY);
      ratings().matchesJsonStrictly("""
          [{"date": "2023-08-12", "value": 1705.0}]""");

      replayAt(Instant.parse("2023-08-20T01:55:00Z"));
      ratings().matchesJsonStrictly("""
          [{"date": "2023-08-12", "value": 1705.0}, {"date": "2023-08-19", "value": 1712.5}]""");
    }

    @Test
    void aLiveClockShowsEverythingStored() {
      live();

      match(3).path("match").matchesJsonStrictly("""
          {"id": "3", "status": "FINISHED", "homeGoals": 3, "awayGoals": 0, "homeGoalsHalfTime": 2,
           "awayGoalsHalfTime": 0, "attendance": null, "statistics": [{"source": "football-data", "homeShots": 18}],
           "closing": [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.3}],
           "preMatch": [{"bookmaker": "Pinnacle", "market": "ASIAN_HANDICAP", "home": 1.95},
                        {"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 2.4}]}""");
      match(9).path("match.status").entity(String.class).isEqualTo("SCHEDULED");
      match(5).path("match.preMatch").matchesJsonStrictly("""
          [{"bookmaker": "Bet365", "market": "ONE_X_TWO", "home": 1.8}]""");
      assertThat(ids(null)).containsExactly("12", "11", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
      page(SEASON, 3, null).path("matches.totalCount").entity(Integer.class).isEqualTo(10);
      assertThat(ids(season("FINISHED"))).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
      assertThat(ids(season("SCHEDULED"))).containsExactly("9");
      assertThat(ids(season("LIVE"))).isEmpty();
      headToHead("Chelsea", "Liverpool").path("headToHead.summary").matchesJsonStrictly("""
          {"played": 1, "teamWins": 1, "opponentWins": 0, "draws": 0, "teamGoals": 3, "opponentGoals": 0}""");
      headToHead("Arsenal", "Tottenham").path("headToHead.meetings[*].id").entityList(String.class)
          .containsExactly("4");
      standings(null).path("standings[*].points").entityList(Integer.class).containsExactly(7, 5, 5, 4);
      standings("2023-08-19").path("standings[*].points").entityList(Integer.class).containsExactly(6, 3, 1, 1);
      ratings().matchesJsonStrictly("""
          [{"date": "2023-08-12", "value": 1705.0}, {"date": "2023-08-19", "value": 1712.5}]""");
    }

    private GraphQlTester.Response headToHead(String team, String opponent) {
      return graphQl.document("""
              query H2H($team: String!, $opponent: String!) { headToHead(homeTeam: $team, awayTeam: $opponent) {
                meetings { id } summary { played teamWins opponentWins draws teamGoals opponentGoals } } }""")
          .variable("team", team).variable("opponent", opponent).execute();
    }

    private GraphQlTester.Response standings(String asOf) {
      return graphQl.document("""
              query Table($asOf: Date) { standings(league: "E0", season: "2023-2024", asOf: $asOf) {
                team { name } played points form } }""")
          .variable("asOf", asOf).execute();
    }

    private GraphQlTester.Path ratings() {
      return graphQl.document("{ team(id: \"1\") { ratingHistory(system: ELO) { date value } } }").execute()
          .path("team.ratingHistory");
    }
  }

  // Contexts of their own: the serving clock installed here must not reach the other API tests.
  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = "matchcast.test.context=serving-horizon")
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = "matchcast.test.context=serving-horizon")
  class OnMariaDb extends Contract {}
}
