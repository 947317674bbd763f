package com.matchcast.api;

import graphql.execution.AbortExecutionException;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A client that goes away mid-query (a time-out, a closed tab, a load test's client) cancels its
 * request: Spring GraphQL then cancels the graphql-java execution, and every field still being
 * fetched fails with an {@link AbortExecutionException}. That is the client's choice, not a server
 * failure, and any client could flood the log with it: the request gets exactly one DEBUG line
 * here, its fields none (see {@link ApiExceptionResolver}).
 */
@Component
public class ClientCancellation implements WebGraphQlInterceptor {

  private static final Logger log = LoggerFactory.getLogger(ClientCancellation.class);
  private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    long started = System.nanoTime();
    // the cancel signal can reach this stage more than once (the time-out stage, the rate limiter):
    // the request still gets one line
    java.util.concurrent.atomic.AtomicBoolean noted = new java.util.concurrent.atomic.AtomicBoolean();
    return Mono.deferContextual(context -> chain.next(request).doOnCancel(() -> {
      if (!noted.compareAndSet(false, true)) {
        return;
      }
      // a cancel signal carries no context of its own: restore the request's (its id for the log line)
      try (ContextSnapshot.Scope scope = SNAPSHOTS.captureFrom(context).setThreadLocals()) {
        log.debug("GraphQL request {} cancelled by its client after {} ms", request.getId(),
            (System.nanoTime() - started) / 1_000_000);
      }
    }));
  }

  /**
   * Whether a field failed because its execution was cancelled: graphql-java's abort once the
   * execution is cancelled, a cancelled future, or Reactor Netty's closed connection, anywhere in
   * the chain of causes.
   */
  static boolean isCancellation(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AbortExecutionException || t instanceof CancellationException
          || t instanceof reactor.netty.channel.AbortedException) {
        return true;
      }
    }
    return false;
  }
}
