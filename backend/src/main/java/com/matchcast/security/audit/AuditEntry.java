package com.matchcast.security.audit;

import java.time.Instant;

/**
 * One admin operation as the audit log keeps it.
 *
 * @param at        when it finished (real time, not the serving clock)
 * @param actor     the token's subject; {@link AdminAudit#FORGOTTEN} once that user deleted themselves
 * @param operation the mutation, such as promoteModel
 * @param arguments its arguments as sent, such as {id=3}
 * @param outcome   the payload it answered (TrainingStarted, ModelNotFound, ...), FORBIDDEN when the
 *                  token lacked the admin scope, or FAILED when it ended in an error
 */
public record AuditEntry(long id, Instant at, String actor, String operation, String arguments, String outcome) {}
