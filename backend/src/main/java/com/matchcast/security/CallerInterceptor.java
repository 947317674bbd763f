package com.matchcast.security;

import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import reactor.core.publisher.Mono;

/**
 * Puts the {@link Caller} into the GraphQL context of every request. Over HTTP the resource
 * server's filter has authenticated the bearer token; over WebSocket the subscription gate
 * authenticated {@code connection_init}; both leave the result in the Reactor context.
 */
class CallerInterceptor implements WebGraphQlInterceptor, Ordered {

  /** Inside the subscription gate, which writes the WebSocket's security context. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .map(Caller::of)
        .defaultIfEmpty(Caller.ANONYMOUS)
        .flatMap(caller -> {
          request.configureExecutionInput((input, builder) ->
              builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build());
          return chain.next(request);
        });
  }
}
