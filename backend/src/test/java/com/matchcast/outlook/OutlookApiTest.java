package com.matchcast.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.api.MiniSeason;
import com.matchcast.catalog.Team;
import com.matchcast.events.EventBus;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.outlook.persistence.OutlookStore;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * seasonOutlook and Team.outlookHistory over GraphQL on MiniSeason's Premier League (four clubs,
 * eight of twelve matches played: Arsenal 7, Liverpool 5, Tottenham 5, Chelsea 4), on H2 and MariaDB.
 */
class OutlookApiTest {

  @TestPropertySource(properties = "matchcast.outlook.simulations=4000")
  abstract static class Contract extends ApiTestSupport {

    @Autowired OutlookStore store;
    @Autowired EventBus events;
    @Autowired OutlookService service;

    @BeforeEach
    void noStoredOutlooks() {
      // a context's first answers on this shared 2-core machine can outlast the tester's 5 s default
      graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
          .responseTimeout(Duration.ofSeconds(60)).build());
      db.sql("DELETE FROM season_outlook_club").then().block();
      db.sql("DELETE FROM season_outlook").then().block();
    }

    @Test
    void aSeasonUnderWayIsSimulatedFromItsTable() {
      var response = graphQl.documentName("seasonOutlook").variable("league", "E0").variable("season", "2023-2024")
          .execute();
      response.path("seasonOutlook.simulations").entity(Integer.class).isEqualTo(4000);
      response.path("seasonOutlook.resultsKnown").entity(Integer.class).isEqualTo(8);
      // the four pairs not yet played (one scheduled, one postponed, two not in the store yet)
      response.path("seasonOutlook.remainingMatches").entity(Integer.class).isEqualTo(4);
      response.path("seasonOutlook.forecastMatches").entity(Integer.class).isEqualTo(0);
      List<Map<String, Object>> clubs = response.path("seasonOutlook.clubs").entityList(mapType()).get();
      Map<String, Integer> points = Map.of("Arsenal", 7, "Liverpool", 5, "Tottenham", 5, "Chelsea", 4);
      double[] byPosition = new double[4];
      for (Map<String, Object> club : clubs) {
        String name = (String) ((Map<?, ?>) club.get("team")).get("name");
        assertThat(club.get("points")).isEqualTo(points.get(name));
        assertThat(club.get("played")).isEqualTo(4);
        // two matches left each: between no more points and two wins more
        assertThat(number(club, "expectedPoints")).isBetween(points.get(name) + 0.0, points.get(name) + 6.0);
        List<?> positions = (List<?>) club.get("positionProbabilities");
        assertThat(positions).hasSize(4);
        double total = 0;
        for (int p = 0; p < 4; p++) {
          double value = ((Number) positions.get(p)).doubleValue();
          total += value;
          byPosition[p] += value;
        }
        assertThat(total).isCloseTo(1.0, within(1e-9));
        assertThat(number(club, "titleProbability")).isEqualTo(((Number) positions.get(0)).doubleValue());
        // the Premier League relegates its bottom three: here positions 2 to 4
        assertThat(number(club, "relegationProbability")).isCloseTo(1 - number(club, "titleProbability"),
            within(1e-9));
        assertThat(number(club, "top4Probability")).isCloseTo(1.0, within(1e-9));
      }
      for (double position : byPosition) {
        assertThat(position).isCloseTo(1.0, within(1e-9));
      }
      response.path("seasonOutlook.places[*].name").entityList(String.class)
          .containsExactly("title", "champions-league", "europa-league", "conference-league", "relegation");
    }

    @Test
    void aFinishedSeasonIsCertain() {
      playTheRest();
      var response = graphQl.documentName("seasonOutlook").variable("league", "E0").variable("season", "2023-2024")
          .execute();
      response.path("seasonOutlook.remainingMatches").entity(Integer.class).isEqualTo(0);
      response.path("seasonOutlook.clubs[*].team.name").entityList(String.class)
          .containsExactly("Arsenal", "Liverpool", "Tottenham", "Chelsea");
      response.path("seasonOutlook.clubs[*].expectedPoints").entityList(Double.class)
          .containsExactly(11.0, 9.0, 6.0, 5.0);
      response.path("seasonOutlook.clubs[0].positionProbabilities").entityList(Double.class)
          .containsExactly(1.0, 0.0, 0.0, 0.0);
      response.path("seasonOutlook.clubs[3].positionProbabilities").entityList(Double.class)
          .containsExactly(0.0, 0.0, 0.0, 1.0);
      response.path("seasonOutlook.clubs[*].titleProbability").entityList(Double.class)
          .containsExactly(1.0, 0.0, 0.0, 0.0);
    }

    @Test
    void asOfCountsOnlyTheResultsKnownThen() {
      var response = graphQl.documentName("seasonOutlook").variable("league", "E0").variable("season", "2023-2024")
          .variable("asOf", "2023-08-20T00:00:00Z").execute();
      response.path("seasonOutlook.asOf").entity(String.class).isEqualTo("2023-08-20T00:00:00.000Z");
      response.path("seasonOutlook.resultsKnown").entity(Integer.class).isEqualTo(4);
      response.path("seasonOutlook.remainingMatches").entity(Integer.class).isEqualTo(8);
      List<Map<String, Object>> clubs = response.path("seasonOutlook.clubs").entityList(mapType()).get();
      Map<String, Integer> points = Map.of("Arsenal", 6, "Chelsea", 3, "Tottenham", 1, "Liverpool", 1);
      for (Map<String, Object> club : clubs) {
        assertThat(club.get("points")).isEqualTo(points.get((String) ((Map<?, ?>) club.get("team")).get("name")));
        assertThat(club.get("played")).isEqualTo(2);
      }
    }

    @Test
    void storedOutlooksAnswerTheQueryAndMakeEachClubsHistory() {
      Team arsenal = new Team(MiniSeason.ARSENAL, "Arsenal", "England");
      Team chelsea = new Team(MiniSeason.CHELSEA, "Chelsea", "England");
      Instant first = Instant.parse("2023-08-20T10:00:00Z");
      Instant second = Instant.parse("2023-09-03T10:00:00Z");
      store.save(outlook(first, arsenal, chelsea, List.of(0.5, 0.25, 0.125, 0.125), 11.5), Instant.now()).block();
      store.save(outlook(second, arsenal, chelsea, List.of(0.75, 0.25, 0.0, 0.0), 13.25), Instant.now()).block();
      var response = graphQl.documentName("outlookHistory").variable("id", "1").execute();
      response.path("team.outlookHistory[*].asOf").entityList(String.class)
          .containsExactly("2023-08-20T10:00:00.000Z", "2023-09-03T10:00:00.000Z");
      response.path("team.outlookHistory[*].titleProbability").entityList(Double.class).containsExactly(0.5, 0.75);
      response.path("team.outlookHistory[*].top4Probability").entityList(Double.class).containsExactly(1.0, 1.0);
      response.path("team.outlookHistory[*].expectedPoints").entityList(Double.class).containsExactly(11.5, 13.25);
      response.path("team.outlookHistory[1].positionProbabilities").entityList(Double.class)
          .containsExactly(0.75, 0.25, 0.0, 0.0);
      // the query answers with the latest stored outlook at or before its moment
      graphQl.documentName("seasonOutlook").variable("league", "E0").variable("season", "2023-2024")
          .variable("asOf", "2023-09-01T00:00:00Z").execute()
          .path("seasonOutlook.simulations").entity(Integer.class).isEqualTo(777)
          .path("seasonOutlook.asOf").entity(String.class).isEqualTo("2023-08-20T10:00:00.000Z")
          .path("seasonOutlook.clubs[0].team.name").entity(String.class).isEqualTo("Arsenal");
    }

    @Test
    void aFinishedMatchRecomputesStoresAndPushesTheOutlook() {
      StepVerifier.create(service.updates("E0").take(1))
          .then(() -> events.publish(new MatchUpdated(8, "E0", "Tottenham", "Chelsea", MatchStatus.FINISHED, 1, 0,
              Instant.now())))
          .assertNext(outlook -> {
            assertThat(outlook.id()).isPositive();
            assertThat(outlook.season()).isEqualTo("2023-2024");
            assertThat(outlook.resultsKnown()).isEqualTo(8);
            assertThat(outlook.clubs()).hasSize(4);
          })
          .verifyComplete();
      Number stored = db.sql("SELECT COUNT(*) AS n FROM season_outlook").map(row -> row.get("n", Number.class))
          .one().block();
      assertThat(stored.intValue()).isEqualTo(1);
      // asked again with no new result (a burst of events, a restart): nothing new is stored or pushed
      assertThat(service.recompute("E0").blockOptional()).isEmpty();
      Number again = db.sql("SELECT COUNT(*) AS n FROM season_outlook").map(row -> row.get("n", Number.class))
          .one().block();
      assertThat(again.intValue()).isEqualTo(1);
    }

    private static LeagueOutlook outlook(Instant asOf, Team arsenal, Team chelsea, List<Double> arsenalPositions,
        double arsenalPoints) {
      List<Double> chelseaPositions = List.of(1 - arsenalPositions.get(0), 0.5, 0.25, 0.25);
      return new LeagueOutlook(0, "E0", "2023-2024", asOf, 777, 0.08, 1, 4, 0, 8, List.of(
          new ClubOutlook(arsenal, "E0", "2023-2024", asOf, 6, 2, arsenalPoints, arsenalPositions),
          new ClubOutlook(chelsea, "E0", "2023-2024", asOf, 3, 2, 7.0, chelseaPositions)));
    }

    /** The four matches left, so that the table ends Arsenal 11, Liverpool 9, Tottenham 6, Chelsea 5. */
    private void playTheRest() {
      db.sql("UPDATE matches SET status = 'FINISHED', home_goals = 3, away_goals = 0 WHERE id = 9").then().block();
      db.sql("UPDATE matches SET status = 'FINISHED', home_goals = 1, away_goals = 0 WHERE id = 10").then().block();
      db.sql("INSERT INTO matches (id, league_id, season_id, match_date, home_team_id, away_team_id, status, "
          + "home_goals, away_goals, updated_at) VALUES (13, 1, 2, '2023-09-23', 2, 1, 'FINISHED', 0, 0, "
          + "CURRENT_TIMESTAMP), (14, 1, 2, '2023-09-23', 4, 3, 'FINISHED', 2, 2, CURRENT_TIMESTAMP)").then().block();
    }

    private static double number(Map<String, Object> club, String field) {
      return ((Number) club.get(field)).doubleValue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Map<String, Object>> mapType() {
      return (Class) Map.class;
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
