package com.matchcast.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's BEFORE UPDATE / BEFORE DELETE trigger on the ledger tables: refuses the change with the
 * same SQLSTATE and message as the MariaDB triggers, so that the database itself, not only the
 * code, keeps the ledger append-only.
 */
public class ImmutableRowTrigger implements Trigger {

  private String table;

  @Override
  public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
      int type) {
    this.table = tableName.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(ImmutableLedgerMigration.message(table), "45000");
  }
}
