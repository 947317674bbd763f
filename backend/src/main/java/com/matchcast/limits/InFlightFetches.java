package com.matchcast.limits;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * The field fetches of one request still running. Cancelling a request makes graphql-java start
 * no further field, but the fetches already running (a database query, a model call) would go on
 * to their end for nobody; cancelling their futures cancels the reactive work behind them (Spring
 * GraphQL's futures come from {@code Mono.toFuture()}).
 */
final class InFlightFetches {

  private static final String CONTEXT_KEY = InFlightFetches.class.getName();

  private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;

  /** Fetches of this request will be tracked, to be cancelled with it. */
  static InFlightFetches of(WebGraphQlRequest request) {
    InFlightFetches fetches = new InFlightFetches();
    request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(CONTEXT_KEY, fetches)).build());
    return fetches;
  }

  void cancel() {
    cancelled = true;
    running.forEach(fetch -> fetch.cancel(true));
  }

  private void track(CompletableFuture<?> fetch) {
    running.add(fetch);
    fetch.whenComplete((value, failure) -> running.remove(fetch));
    if (cancelled) {
      fetch.cancel(true);
    }
  }

  /** Hands every asynchronous fetch to its request's tracker; plain property reads are left alone. */
  static class Tracking extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      if (parameters.isTrivialDataFetcher()) {
        return dataFetcher;
      }
      return environment -> {
        Object value = dataFetcher.get(environment);
        InFlightFetches fetches = environment.getGraphQlContext().get(CONTEXT_KEY);
        if (fetches != null && value instanceof CompletableFuture<?> fetch) {
          fetches.track(fetch);
        }
        return value;
      };
    }
  }
}
