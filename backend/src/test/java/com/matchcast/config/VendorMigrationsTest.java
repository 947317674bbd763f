package com.matchcast.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Migrations under db/vendor/{vendor} run on their database only. */
class VendorMigrationsTest {

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 {

    @Autowired DatabaseClient db;

    @Test
    void bulkTablesHandOutIdentitiesFromLargeCaches() {
      List<String> caches = db.sql("SELECT table_name, identity_cache FROM information_schema.columns"
              + " WHERE column_name = 'id' AND table_name IN ('odds', 'matches', 'rating_history', 'rejected_row',"
              + " 'standing_snapshot', 'team') ORDER BY table_name")
          .map(row -> row.get("table_name", String.class) + "=" + row.get("identity_cache", Number.class).longValue())
          .all().collectList().block();
      assertThat(caches).containsExactly("matches=10000", "odds=100000", "rating_history=100000",
          "rejected_row=10000", "standing_snapshot=10000", "team=32");
    }
  }

  @Nested
  @MariaDbTest
  class OnMariaDb {

    @Autowired DatabaseClient db;

    @Test
    void theH2OnlyMigrationIsNotApplied() {
      List<String> versions = db.sql("SELECT version FROM flyway_schema_history WHERE version IN ('11', '11.1')"
              + " ORDER BY installed_rank")
          .map(row -> row.get("version", String.class)).all().collectList().block();
      assertThat(versions).containsExactly("11");
    }
  }
}
