package com.matchcast.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.api.MiniSeason;
import com.matchcast.security.audit.AdminAudit;
import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import com.matchcast.support.SignedIn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** What a signed-in user follows, round trip to deleteMe, on H2 and on MariaDB. */
class FollowApiTest {

  private static final String ME = "{ id admin followedTeams { id name } followedLeagues { code name } }";

  abstract static class Contract extends ApiTestSupport {

    @Autowired DevTokens tokens;

    @Test
    void anonymousCallersHaveNoMeAndCannotFollow() {
      graphQl.document("{ me { id } }").execute().path("me").valueIsNull();
      graphQl.document("mutation { followTeam(id: \"1\") { __typename } }").execute()
          .errors().expect(error -> error.getErrorType().toString().equals("UNAUTHORIZED")
              && error.getMessage().equals("followTeam needs a signed-in user: send a bearer token."))
          .verify();
    }

    @Test
    void followUnfollowAndForget() {
      HttpGraphQlTester ann = SignedIn.graphQl(port, tokens.issue("ann", true, Duration.ofHours(1)).token());
      ann.document("mutation { recomputePredictions(league: \"xx\") { __typename } }").execute();

      assertThat(mutate(ann, "followTeam(id: \"" + MiniSeason.CHELSEA + "\") { __typename ... on Me " + ME + " }"))
          .isEqualTo(Map.of("__typename", "Me", "id", "ann", "admin", true,
              "followedTeams", List.of(Map.of("id", "2", "name", "Chelsea")), "followedLeagues", List.of()));
      assertThat(mutate(ann, "followLeague(code: \"e0\") { __typename ... on Me { followedLeagues { code name } } }"))
          .isEqualTo(Map.of("__typename", "Me",
              "followedLeagues", List.of(Map.of("code", "E0", "name", "Premier League"))));
      assertThat(mutate(ann, "followTeam(id: \"2\") { ... on Me { followedTeams { id } } }"))
          .as("following twice is one follow").isEqualTo(Map.of("followedTeams", List.of(Map.of("id", "2"))));
      assertThat(ann.document("{ me " + ME + " }").execute().path("me").entity(Map.class).get())
          .isEqualTo(Map.of("id", "ann", "admin", true, "followedTeams", List.of(Map.of("id", "2", "name", "Chelsea")),
              "followedLeagues", List.of(Map.of("code", "E0", "name", "Premier League"))));

      assertThat(mutate(ann, "unfollowTeam(id: \"2\") { followedTeams { id } followedLeagues { code } }"))
          .isEqualTo(Map.of("followedTeams", List.of(), "followedLeagues", List.of(Map.of("code", "E0"))));
      assertThat(mutate(ann, "unfollowLeague(code: \"E0\") { followedLeagues { code } }"))
          .isEqualTo(Map.of("followedLeagues", List.of()));

      mutate(ann, "followTeam(id: \"1\") { __typename }");
      mutate(ann, "followLeague(code: \"SP1\") { __typename }");
      assertThat(mutate(ann, "deleteMe { id teamsUnfollowed leaguesUnfollowed }"))
          .isEqualTo(Map.of("id", "ann", "teamsUnfollowed", 1, "leaguesUnfollowed", 1));
      assertThat(count("SELECT COUNT(*) AS n FROM app_user WHERE id = 'ann'")).isZero();
      assertThat(count("SELECT COUNT(*) AS n FROM followed_team WHERE user_id = 'ann'")).isZero();
      assertThat(count("SELECT COUNT(*) AS n FROM followed_league WHERE user_id = 'ann'")).isZero();
      assertThat(count("SELECT COUNT(*) AS n FROM admin_audit WHERE actor = 'ann'")).isZero();
      assertThat(count("SELECT COUNT(*) AS n FROM admin_audit WHERE actor = '" + AdminAudit.FORGOTTEN + "'"))
          .as("the admin mutation stays on record, not by whom").isEqualTo(1);
      assertThat(ann.document("{ me " + ME + " }").execute().path("me").entity(Map.class).get())
          .as("a later token of the same subject starts afresh")
          .isEqualTo(Map.of("id", "ann", "admin", true, "followedTeams", List.of(), "followedLeagues", List.of()));
    }

    @Test
    void unknownClubsAndLeaguesAreNamedNotFollowed() {
      HttpGraphQlTester bob = SignedIn.graphQl(port, SignedIn.userToken(tokens, "bob"));

      assertThat(mutate(bob, "followTeam(id: \"999\") { __typename ... on TeamNotFound { id message } }"))
          .isEqualTo(Map.of("__typename", "TeamNotFound", "id", "999", "message", "no team has id 999"));
      assertThat(mutate(bob, "followLeague(code: \"ZZ9\") { __typename ... on LeagueNotFound { code message } }"))
          .isEqualTo(Map.of("__typename", "LeagueNotFound", "code", "ZZ9", "message", "no league has code 'ZZ9'"));
      assertThat(bob.document("{ me { followedTeams { id } followedLeagues { code } } }").execute().path("me")
          .entity(Map.class).get()).isEqualTo(Map.of("followedTeams", List.of(), "followedLeagues", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutate(HttpGraphQlTester tester, String selection) {
      String field = selection.substring(0, selection.indexOf(selection.contains("(") ? '(' : ' '));
      return tester.document("mutation { " + selection + " }").execute().path(field).entity(Map.class).get();
    }

    private long count(String sql) {
      return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
