package com.matchcast.security;

import com.matchcast.security.audit.AdminAudit;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import java.util.concurrent.CompletionStage;
import org.reactivestreams.Publisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The data fetcher of a protected field: refuses callers without a token (UNAUTHORIZED) or,
 * on admin fields, without the admin scope (FORBIDDEN), then runs the field. On audited fields
 * the outcome is written to the audit log before the answer goes out.
 */
final class AccessCheck implements DataFetcher<Object> {

  private final DataFetcher<?> delegate;
  private final boolean admin;
  private final boolean subscription;
  private final AdminAudit audit;

  /**
   * @param subscription true for a subscription field, whose refusal is a failed stream (an
   *                     {@code error} message over WebSocket, as any subscription that fails to start)
   * @param audit        where to record the outcome, or null when the field is not audited
   */
  AccessCheck(DataFetcher<?> delegate, boolean admin, boolean subscription, AdminAudit audit) {
    this.delegate = delegate;
    this.admin = admin;
    this.subscription = subscription;
    this.audit = audit;
  }

  @Override
  public Object get(DataFetchingEnvironment environment) throws Exception {
    Caller caller = Caller.of(environment);
    String field = environment.getField().getName();
    if (!caller.authenticated()) {
      return refuse(new AuthenticationCredentialsNotFoundException(field + " needs a signed-in user: send a bearer"
          + " token" + (admin ? " with scope " + Scopes.ADMIN : "") + "."));
    }
    if (!admin && !caller.signedIn()) {
      return refuse(new AccessDeniedException(field + " acts for a signed-in user; the token of " + caller.name()
          + " is a client-credentials token, which names no user."));
    }
    if (admin && !caller.admin()) {
      AccessDeniedException refusal = new AccessDeniedException(field + " needs scope " + Scopes.ADMIN
          + "; the token of " + caller.name() + " does not have it.");
      if (audit == null) {
        return refuse(refusal);
      }
      return record(caller, environment, "FORBIDDEN").then(Mono.error(refusal));
    }
    if (audit == null) {
      return delegate.get(environment);
    }
    Mono<Object> answer;
    try {
      answer = reactive(delegate.get(environment));
    } catch (Exception failure) {
      answer = Mono.error(failure);
    }
    return answer
        .flatMap(value -> record(caller, environment, outcome(value)).thenReturn(value))
        .switchIfEmpty(Mono.defer(() -> record(caller, environment, "NULL").then(Mono.empty())))
        .onErrorResume(error -> record(caller, environment, "FAILED").then(Mono.error(error)));
  }

  private Object refuse(RuntimeException refusal) {
    if (subscription) {
      return Flux.error(refusal);
    }
    throw refusal;
  }

  private Mono<Void> record(Caller caller, DataFetchingEnvironment environment, String outcome) {
    return audit.record(caller.name(), environment.getField().getName(), environment.getArguments().toString(),
        outcome);
  }

  private static Mono<Object> reactive(Object result) {
    if (result instanceof Publisher<?> publisher) {
      return Mono.from(publisher);
    }
    if (result instanceof CompletionStage<?> stage) {
      return Mono.fromCompletionStage(stage);
    }
    return Mono.justOrEmpty(result);
  }

  /** Payload types name the outcome: TrainingStarted, ModelNotFound, ... */
  private static String outcome(Object value) {
    Object data = value instanceof DataFetcherResult<?> result ? result.getData() : value;
    return data == null ? "NULL" : data.getClass().getSimpleName();
  }
}
