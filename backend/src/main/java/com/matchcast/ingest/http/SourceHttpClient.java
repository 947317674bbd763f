package com.matchcast.ingest.http;

import com.matchcast.ingest.http.SourceFetchException.Kind;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/**
 * GET requests to one provider, with everything a collector should not have to think about:
 * the key, the rate limit, the quota, retries, timeouts and typed failures. Each request is
 * made lazily on subscription; a response is read in full before it is handed over.
 */
public class SourceHttpClient {

  private static final int DETAIL_LENGTH = 200;

  private final String source;
  private final SourceSettings settings;
  private final ApiKeyPlacement keyPlacement;
  private final WebClient webClient;
  private final RateLimiter rateLimiter;
  private final QuotaTracker quota;
  private final RetryPolicy retryPolicy;

  public SourceHttpClient(String source, SourceSettings settings, ApiKeyPlacement keyPlacement, WebClient webClient,
      Clock clock) {
    this.source = source;
    this.settings = settings;
    this.keyPlacement = keyPlacement;
    this.webClient = webClient;
    this.rateLimiter = new RateLimiter(settings.getRequestsPerMinute(), clock);
    this.quota = new QuotaTracker(settings.getQuotaReserve());
    this.retryPolicy = RetryPolicy.of(settings);
  }

  public String source() {
    return source;
  }

  public QuotaSnapshot quota() {
    return quota.snapshot();
  }

  /** GETs {@code path} (relative to the base URL) with the given query parameters. */
  public Mono<SourceResponse> get(String path, Map<String, ?> query) {
    return get(path, query, response -> response);
  }

  /**
   * GETs and reads the response within the same attempt, so that a retryable failure the
   * reader finds in a 200 response (a provider's "rate limit" error body) is retried too.
   */
  public <T> Mono<T> get(String path, Map<String, ?> query, Function<SourceResponse, T> reader) {
    String request = describe(path, query);
    return Mono.defer(() -> attempt(path, query, request).map(reader)).retryWhen(retryPolicy.toRetry());
  }

  private Mono<SourceResponse> attempt(String path, Map<String, ?> query, String request) {
    if (quota.isExhausted()) {
      return Mono.error(SourceFetchException.of(Kind.QUOTA_EXHAUSTED, source, request, quota.describe()));
    }
    return rateLimiter.acquire()
        .then(webClient.get()
            .uri(builder -> uri(builder, path, query))
            .headers(this::addKeyHeader)
            .exchangeToMono(response -> read(request, response)))
        .onErrorMap(e -> !(e instanceof SourceFetchException), e -> transportFailure(request, e));
  }

  private URI uri(UriBuilder builder, String path, Map<String, ?> query) {
    builder.path(path);
    query.forEach((name, value) -> builder.queryParam(name, value));
    if (keyPlacement.where() == ApiKeyPlacement.Where.QUERY && settings.hasApiKey()) {
      builder.queryParam(keyPlacement.name(), settings.getApiKey());
    }
    return builder.build();
  }

  private void addKeyHeader(HttpHeaders headers) {
    if (keyPlacement.where() == ApiKeyPlacement.Where.HEADER && settings.hasApiKey()) {
      headers.set(keyPlacement.name(), settings.getApiKey());
    }
  }

  private Mono<SourceResponse> read(String request, ClientResponse response) {
    HttpHeaders headers = response.headers().asHttpHeaders();
    quota.record(headers);
    if (quota.isMinuteSpent()) {
      rateLimiter.drain();
    }
    int status = response.statusCode().value();
    if (response.statusCode().is2xxSuccessful()) {
      return response.bodyToMono(byte[].class)
          .defaultIfEmpty(new byte[0])
          .map(body -> new SourceResponse(request, status, headers, body));
    }
    return response.bodyToMono(String.class)
        .defaultIfEmpty("")
        .flatMap(body -> Mono.error(statusFailure(request, status, headers, body)));
  }

  private SourceFetchException statusFailure(String request, int status, HttpHeaders headers, String body) {
    String detail = abbreviate(body);
    if (status == 429) {
      rateLimiter.drain();
      return new SourceFetchException(Kind.RATE_LIMITED, source, request, status, detail,
          RetryAfter.parse(headers.getFirst(HttpHeaders.RETRY_AFTER)), null);
    }
    Kind kind = status >= 500 ? Kind.SERVER_ERROR : Kind.CLIENT_ERROR;
    return new SourceFetchException(kind, source, request, status, detail, null, null);
  }

  private SourceFetchException transportFailure(String request, Throwable error) {
    Kind kind = causedBy(error, TimeoutException.class) || causedBy(error, io.netty.handler.timeout.TimeoutException.class)
        ? Kind.TIMEOUT : Kind.CONNECTION;
    String detail = kind == Kind.TIMEOUT ? "no answer within " + settings.getReadTimeout() : rootMessage(error);
    return new SourceFetchException(kind, source, request, 0, detail, null, error);
  }

  private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
  }

  private static String abbreviate(String body) {
    String flat = body.replaceAll("\\s+", " ").trim();
    return flat.length() <= DETAIL_LENGTH ? flat : flat.substring(0, DETAIL_LENGTH) + "...";
  }

  private static String describe(String path, Map<String, ?> query) {
    if (query.isEmpty()) {
      return path;
    }
    return path + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&", "?", ""));
  }
}
