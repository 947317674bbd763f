package com.matchcast.ledger;

import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration V8: triggers that refuse every UPDATE and DELETE on the ledger's append-only
 * tables. The two databases need different DDL (MariaDB: a trigger that SIGNALs; H2: a trigger
 * backed by {@link ImmutableRowTrigger}), which one SQL script cannot express, so this one
 * migration is Java and asks the connection which database it runs on. Spring Boot hands
 * JavaMigration beans to Flyway, so the SQL location stays as it is.
 *
 * <p>ledger_head is not guarded: every append moves it.
 */
@Component
public class ImmutableLedgerMigration implements JavaMigration {

  static final List<String> TABLES = List.of("prediction", "prediction_score");

  /** What a refused change says, on both databases. */
  static String message(String table) {
    return "The " + table + " ledger is append-only: rows are never updated or deleted; record a correction as a new row";
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "immutable prediction ledger";
  }

  @Override
  public Integer getChecksum() {
    return 8_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    guard(context, TABLES);
  }

  /** Creates the refusing triggers on these tables, for whichever of the two databases the migration runs on. */
  static void guard(Context context, List<String> tables) throws Exception {
    boolean h2 = context.getConnection().getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
    try (Statement statement = context.getConnection().createStatement()) {
      for (String table : tables) {
        for (String operation : List.of("UPDATE", "DELETE")) {
          statement.execute(h2 ? h2Trigger(table, operation) : mariaDbTrigger(table, operation));
        }
      }
    }
  }

  private static String h2Trigger(String table, String operation) {
    return "CREATE TRIGGER " + name(table, operation) + " BEFORE " + operation + " ON " + table
        + " FOR EACH ROW CALL '" + ImmutableRowTrigger.class.getName() + "'";
  }

  private static String mariaDbTrigger(String table, String operation) {
    return "CREATE TRIGGER " + name(table, operation) + " BEFORE " + operation + " ON " + table
        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + message(table) + "'";
  }

  private static String name(String table, String operation) {
    return "tr_" + table + "_no_" + operation.toLowerCase();
  }
}
