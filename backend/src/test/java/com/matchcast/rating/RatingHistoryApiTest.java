package com.matchcast.rating;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Team.ratingHistory: each club's stored ratings by system, oldest first, empty when none. */
class RatingHistoryApiTest {

  abstract static class Contract extends ApiTestSupport {

    @BeforeEach
    void storeSomeHistory() {
      db.sql("DELETE FROM rating_history").then().block();
      db.sql("INSERT INTO rating_history (club_key, team_id, rating_system, rated_on, rating) VALUES"
          + " ('England|Arsenal', 1, 'ELO', '2023-08-19', 1712.5), ('England|Arsenal', 1, 'ELO', '2023-08-12', 1705.0),"
          + " ('England|Arsenal', 1, 'PI_HOME', '2023-08-12', 1.25), ('England|Liverpool', 3, 'PI_HOME', '2023-08-13', 0.9),"
          + " ('England|Arsenal', 1, 'DC_ATTACK', '2023-08-12', 0.31), ('England|Arsenal', 1, 'DC_DEFENCE', '2023-08-12', 0.2)")
          .then().block();
    }

    @Test
    void eachClubGetsItsOwnHistoryInTheAskedSystemOldestFirst() {
      var response = graphQl.documentName("teamRatings").execute();
      response.path("arsenal.ratingHistory").matchesJson("""
          [{"date": "2023-08-12", "value": 1705.0}, {"date": "2023-08-19", "value": 1712.5}]""");
      response.path("liverpool.ratingHistory").matchesJson("""
          [{"date": "2023-08-13", "value": 0.9}]""");
      response.path("teams[0].ratingHistory").matchesJson("[]");
      response.path("arsenalAttack.ratingHistory").matchesJson("""
          [{"date": "2023-08-12", "value": 0.31}]""");
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
