package com.matchcast.limits;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * A request still running after the time-out is cancelled (graphql-java starts no further field,
 * the fetches in flight are cancelled: {@link InFlightFetches}) and answered with a REQUEST_TIMEOUT
 * error. Spring GraphQL's own
 * TimeoutWebGraphQlInterceptor answers HTTP 408 with no body; a GraphQL error tells the client
 * more. A subscription is bounded only until its stream is set up, not over its life.
 */
class RequestTimeout implements WebGraphQlInterceptor, Ordered {

  private final Duration timeout;

  RequestTimeout(LimitSettings settings) {
    this.timeout = settings.requestTimeout();
  }

  /** Inside the caller's interceptors: the time counts the execution, not the sign-in. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }

  /** Cancelled by the time-out or by a client that went away, the request takes its running fetches along. */
  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    InFlightFetches fetches = InFlightFetches.of(request);
    return chain.next(request).doOnCancel(fetches::cancel).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
  }

  private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
    ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
        .errorType(LimitExceeded.REQUEST_TIMEOUT)
        .message("The request ran longer than " + readable(timeout) + " (matchcast.limits.request-timeout) and was"
            + " cancelled: ask for less in one request.")
        .build()).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  static String readable(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }
}
