package com.matchcast.ledger;

import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V15: the exact-score grids kept beside the ledger (V14, prediction_goal_grid) are as
 * unchangeable as the predictions they belong to; the same triggers as V8's, on H2 and MariaDB.
 */
@Component
public class ImmutableGoalGridMigration implements JavaMigration {

  static final List<String> TABLES = List.of("prediction_goal_grid");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("15");
  }

  @Override
  public String getDescription() {
    return "immutable prediction goal grids";
  }

  @Override
  public Integer getChecksum() {
    return 15_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    ImmutableLedgerMigration.guard(context, TABLES);
  }
}
