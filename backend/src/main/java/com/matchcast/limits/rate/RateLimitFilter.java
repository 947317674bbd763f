package com.matchcast.limits.rate;

import com.matchcast.limits.LimitExceeded;
import com.matchcast.limits.LimitSettings;
import io.github.bucket4j.ConsumptionProbe;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request to the API (GraphQL over HTTP, the WebSocket handshake, the development sign-in)
 * takes a token from its requester's bucket. It runs after Spring Security's filters, so a token
 * has been checked and the budget is the user's or the client's, not the address's. Every answer
 * carries {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}; an empty bucket is answered
 * 429 with {@code Retry-After} and a GraphQL-shaped error, before any GraphQL work is done.
 */
class RateLimitFilter implements WebFilter, Ordered {

  static final String LIMIT = "X-RateLimit-Limit";
  static final String REMAINING = "X-RateLimit-Remaining";

  private final LimitSettings.Rate settings;
  private final RateLimitBuckets buckets;
  private final List<String> paths;
  private final JsonMapper json;

  RateLimitFilter(LimitSettings.Rate settings, RateLimitBuckets buckets, String graphQlPath, JsonMapper json) {
    this.settings = settings;
    this.buckets = buckets;
    this.paths = List.of(graphQlPath, "/dev/sign-in");
    this.json = json;
  }

  /** After Spring Security's filter chain (order -100), which authenticates the bearer token. */
  @Override
  public int getOrder() {
    return 0;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (request.getMethod() == HttpMethod.OPTIONS || !paths.contains(request.getPath().value())) {
      return chain.filter(exchange);
    }
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .map(authentication -> Requester.of(authentication, request, settings))
        .switchIfEmpty(Mono.fromSupplier(() -> Requester.of((Authentication) null, request, settings)))
        .flatMap(requester -> buckets.tryConsume(requester.key(), requester.plan())
            .flatMap(probe -> answer(exchange, chain, requester, probe)));
  }

  private Mono<Void> answer(ServerWebExchange exchange, WebFilterChain chain, Requester requester,
      ConsumptionProbe probe) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    headers.set(LIMIT, String.valueOf(requester.plan().requests()));
    headers.set(REMAINING, String.valueOf(probe.getRemainingTokens()));
    if (probe.isConsumed()) {
      return chain.filter(exchange);
    }
    long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)
        / TimeUnit.SECONDS.toNanos(1));
    headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
    return refuse(exchange.getResponse(), "Too many requests from " + requester.description() + ": at most "
        + requester.plan() + " (matchcast.limits.rate); retry in " + retryAfter + " s.");
  }

  private Mono<Void> refuse(ServerHttpResponse response, String message) {
    byte[] body = json.writeValueAsBytes(Map.of("errors", List.of(Map.of("message", message,
        "extensions", Map.of("classification", LimitExceeded.TOO_MANY_REQUESTS.name())))));
    response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }
}
