package com.matchcast.ingest.apifootball;

import com.matchcast.ingest.http.JsonBodies;
import com.matchcast.ingest.http.SourceFetchException;
import com.matchcast.ingest.http.SourceFetchException.Kind;
import com.matchcast.ingest.http.SourceHttpClient;
import com.matchcast.ingest.http.SourceResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * API-Football v3 queries: follows {@code paging.total} and turns an {@code errors} member of a
 * 200 response into a failure, since the provider reports a bad key or a spent quota that way.
 */
public class ApiFootballClient {

  /** A guard against a paging total that never ends; a league season has far fewer pages. */
  private static final int MAX_PAGES = 50;

  private final SourceHttpClient http;

  public ApiFootballClient(SourceHttpClient http) {
    this.http = http;
  }

  public Mono<ApiFootballPages> fetchAll(String path, Map<String, Object> query) {
    String target = path + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("&", "?", ""));
    return page(path, query, 1).flatMap(first -> {
      int total = Math.min(MAX_PAGES, Math.max(1, first.tree().path("paging").path("total").asInt(1)));
      return Flux.range(2, total - 1)
          .concatMap(number -> page(path, query, number))
          .startWith(first)
          .collectList()
          .map(pages -> combine(target, pages));
    });
  }

  private Mono<Page> page(String path, Map<String, Object> query, int number) {
    Map<String, Object> withPage = new LinkedHashMap<>(query);
    // The first page is asked for without "page": some endpoints (fixtures) refuse the parameter.
    if (number > 1) {
      withPage.put("page", number);
    }
    return http.get(path, withPage, this::read);
  }

  private Page read(SourceResponse response) {
    JsonNode tree = JsonBodies.parse(http.source(), response);
    JsonNode errors = tree.path("errors");
    if (errors.isContainer() && !errors.isEmpty()) {
      throw providerError(response.request(), errors);
    }
    if (!tree.path("response").isArray()) {
      throw SourceFetchException.of(Kind.MALFORMED_BODY, http.source(), response.request(), "no response array");
    }
    return new Page(tree, response.body());
  }

  private SourceFetchException providerError(String request, JsonNode errors) {
    String detail = errors.toString();
    Kind kind = errors.has("requests") ? Kind.QUOTA_EXHAUSTED
        : errors.has("rateLimit") ? Kind.RATE_LIMITED : Kind.PROVIDER_ERROR;
    return SourceFetchException.of(kind, http.source(), request, detail);
  }

  private static ApiFootballPages combine(String target, List<Page> pages) {
    List<JsonNode> items = new ArrayList<>();
    List<byte[]> bodies = new ArrayList<>();
    for (Page page : pages) {
      page.tree().path("response").forEach(items::add);
      bodies.add(page.body());
    }
    return new ApiFootballPages(target, items, bodies);
  }

  private record Page(JsonNode tree, byte[] body) {}
}
