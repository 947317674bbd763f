package com.matchcast.security.audit;

import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit log of admin operations (table admin_audit): who did what, when, and how it ended.
 * Refusals of signed-in callers are kept too; anonymous ones are not, since anybody could fill
 * the table with them.
 */
@Repository
public class AdminAudit {

  /** The actor of entries whose user asked to be forgotten. */
  public static final String FORGOTTEN = "(forgotten user)";

  private static final Logger log = LoggerFactory.getLogger(AdminAudit.class);
  private static final int MAX_TEXT = 1000;

  private final DatabaseClient db;

  public AdminAudit(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Writes one entry. A failed write is logged and swallowed: the operation has already happened,
   * and failing its answer would only hide that from the admin.
   */
  public Mono<Void> record(String actor, String operation, String arguments, String outcome) {
    return db.sql("INSERT INTO admin_audit (happened_at, actor, operation, arguments, outcome)"
            + " VALUES (:at, :actor, :operation, :arguments, :outcome)")
        .bind("at", LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
        .bind("actor", cut(actor, 255))
        .bind("operation", cut(operation, 64))
        .bind("arguments", cut(arguments, MAX_TEXT))
        .bind("outcome", cut(outcome, 64))
        .then()
        .onErrorResume(error -> {
          log.error("Could not write the audit entry of {} by {} ({}): {}", operation, actor, outcome, error.toString());
          return Mono.empty();
        });
  }

  /** The latest entries, newest first. */
  public Flux<AuditEntry> latest(int count) {
    return db.sql("SELECT id, happened_at, actor, operation, arguments, outcome FROM admin_audit"
            + " ORDER BY id DESC LIMIT " + count)
        .map(AdminAudit::entry).all();
  }

  /** Removes a user's name from their entries: what was done stays on record, not by whom. */
  public Mono<Long> forget(String actor) {
    return db.sql("UPDATE admin_audit SET actor = :forgotten WHERE actor = :actor")
        .bind("forgotten", FORGOTTEN).bind("actor", actor)
        .fetch().rowsUpdated();
  }

  private static AuditEntry entry(Readable row) {
    return new AuditEntry(Columns.longValue(row, "id"),
        row.get("happened_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), row.get("actor", String.class),
        row.get("operation", String.class), row.get("arguments", String.class), row.get("outcome", String.class));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
