package com.matchcast.web;

import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * History-API fallback: a browser opening one of the app's pages directly ({@code /matches/123},
 * a reload, a link opened in a new tab) gets {@code index.html}, and the app's router shows the
 * page. Only page navigations qualify: GET or HEAD, asking for HTML by name (API clients and
 * scripts do not), no file extension in the last segment (a missing asset stays a 404), and
 * none of the server's own paths.
 */
final class WebAppFallbackFilter implements WebFilter, Ordered {

  private static final List<String> SERVER_PATHS = List.of("/graphql", "/graphiql", "/actuator", "/dev/", "/auth/",
      "/.well-known/", "/assets/", "/ledger/", "/bench/");

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (!isPageNavigation(request)) {
      return chain.filter(exchange);
    }
    return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
  }

  static boolean isPageNavigation(ServerHttpRequest request) {
    HttpMethod method = request.getMethod();
    if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
      return false;
    }
    String path = request.getPath().pathWithinApplication().value();
    if (SERVER_PATHS.stream().anyMatch(path::startsWith) || path.equals("/index.html")) {
      return false;
    }
    if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
      return false;
    }
    HttpHeaders headers = request.getHeaders();
    return headers.getUpgrade() == null
        && headers.getAccept().stream().anyMatch(type -> type.equalsTypeAndSubtype(MediaType.TEXT_HTML));
  }

  /** After security (its headers apply to the page) and before the handlers. */
  @Override
  public int getOrder() {
    return 0;
  }
}
