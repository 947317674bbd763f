package com.matchcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.rating.RatingSystem;
import com.matchcast.support.MariaDbTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The same migrations build the same schema on H2 and on MariaDB, with its constraints live. */
class MigrationsTest {

  abstract static class Contract {
    @Autowired DatabaseClient db;

    @Test
    void migrationsCreateEveryTable() {
      List<String> expected = List.of("league", "season", "team", "team_alias", "matches", "match_source",
          "match_statistics", "odds", "ingest_run", "rejected_row", "standing_snapshot", "injury",
          "unmatched_team_name", "app_user", "followed_team", "followed_league", "admin_audit", "season_outlook",
          "season_outlook_club", "value_pick", "prediction_goal_grid");
      for (String table : expected) {
        Long count = db.sql("SELECT COUNT(*) AS n FROM " + table).map(r -> r.get("n", Long.class)).one().block();
        assertThat(count).as(table).isNotNull();
      }
    }

    @Test
    void aFinishedMatchWithoutScoreIsRefusedByTheDatabase() {
      db.sql("INSERT INTO league (code, name, country) VALUES ('ZZ1', 'Test League', 'Nowhere')").then().block();
      db.sql("INSERT INTO season (code, starts_on, ends_on) VALUES ('1999-2000', '1999-07-01', '2000-06-30')").then().block();
      db.sql("INSERT INTO team (name, country) VALUES ('Alpha', 'Nowhere'), ('Beta', 'Nowhere')").then().block();
      String insert = "INSERT INTO matches (league_id, season_id, match_date, home_team_id, away_team_id, status, updated_at) "
          + "SELECT l.id, s.id, '1999-08-01', h.id, a.id, 'FINISHED', CURRENT_TIMESTAMP FROM league l, season s, team h, team a "
          + "WHERE l.code = 'ZZ1' AND s.code = '1999-2000' AND h.name = 'Alpha' AND a.name = 'Beta'";
      assertThatThrownBy(() -> db.sql(insert).then().block()).isInstanceOf(RuntimeException.class);
      Long stored = db.sql("SELECT COUNT(*) AS n FROM matches m JOIN league l ON l.id = m.league_id WHERE l.code = 'ZZ1'")
          .map(r -> r.get("n", Long.class)).one().block();
      assertThat(stored).isZero();
    }

    @Test
    void ratingHistoryTakesEveryKnownRatingSystemAndRefusesOthers() {
      db.sql("DELETE FROM rating_history").then().block();
      for (RatingSystem system : RatingSystem.values()) {
        db.sql("INSERT INTO rating_history (club_key, rating_system, rated_on, rating)"
            + " VALUES ('Nowhere|Alpha', :system, '2000-01-01', 1)").bind("system", system.name()).then().block();
      }
      assertThatThrownBy(() -> db.sql("INSERT INTO rating_history (club_key, rating_system, rated_on, rating)"
          + " VALUES ('Nowhere|Alpha', 'GLICKO', '2000-01-01', 1)").then().block()).isInstanceOf(RuntimeException.class);
      Long stored = db.sql("SELECT COUNT(*) AS n FROM rating_history").map(r -> r.get("n", Long.class)).one().block();
      assertThat(stored).isEqualTo(RatingSystem.values().length);
      db.sql("DELETE FROM rating_history").then().block();
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
