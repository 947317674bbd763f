package com.matchcast.observability;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every HTTP request (GraphQL, WebSocket handshakes, exports, actuator) its id, echoes it
 * in the response and puts it in the Reactor context, from where {@link RequestIdAccessor} copies
 * it into the MDC of whichever thread logs for the request. First of all filters, so that the
 * security chain's lines and refusals carry it too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String id = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
    exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
    return chain.filter(exchange).contextWrite(Context.of(RequestIds.KEY, id));
  }
}
