package com.matchcast.loadtest;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness's own calls to the backend, one at a time and blocking: GraphQL requests that must
 * succeed, the floor's capture, Prometheus gauges. (The measured load goes through {@link HttpLoad}.)
 */
final class BackendClient implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String target;
  private final ConnectionProvider connections = ConnectionProvider.create("loadtest-control", 4);
  private final HttpClient http;

  BackendClient(String target) {
    this.target = target;
    this.http = HttpClient.create(connections).baseUrl(target).responseTimeout(TIMEOUT);
  }

  String target() {
    return target;
  }

  /** A GraphQL request's JSON body. */
  static byte[] body(String query) {
    return JSON.writeValueAsBytes(Map.of("query", query));
  }

  /** The raw answer of a GraphQL request, which must be 200. */
  byte[] graphQlBytes(String query, String token) {
    Answer answer = http.headers(h -> {
          h.set(HttpHeaderNames.CONTENT_TYPE, "application/json").set(HttpHeaderNames.ACCEPT, "application/json");
          if (token != null) {
            h.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
          }
        })
        .post().uri("/graphql").send(ByteBufFlux.fromInbound(reactor.core.publisher.Mono.just(body(query))))
        .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
            .map(bytes -> new Answer(response.status().code(), bytes)))
        .block(TIMEOUT);
    if (answer.status() != 200) {
      throw new IllegalStateException("POST /graphql answered " + answer.status() + ": " + answer.text());
    }
    return answer.bytes();
  }

  /** The data of a GraphQL request; an answer with errors fails with their first message. */
  JsonNode graphQl(String query, String token) {
    JsonNode answer = JSON.readTree(graphQlBytes(query, token));
    JsonNode errors = answer.path("errors");
    if (errors.isArray() && !errors.isEmpty()) {
      throw new IllegalStateException("GraphQL error: " + errors.get(0).path("message").asString());
    }
    return answer.path("data");
  }

  /** Stores the floor's answer (see {@link FloorEndpoint}). */
  void captureFloor(byte[] json) {
    Answer answer = http.headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
        .put().uri(FloorEndpoint.PATH).send(ByteBufFlux.fromInbound(reactor.core.publisher.Mono.just(json)))
        .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
            .map(bytes -> new Answer(response.status().code(), bytes)))
        .block(TIMEOUT);
    if (answer.status() != 204) {
      throw new IllegalStateException("PUT " + FloorEndpoint.PATH + " answered " + answer.status() + " "
          + answer.text() + (answer.status() == 404 ? " (start the backend with --matchcast.benchmark.floor=true)" : ""));
    }
  }

  /** The sum of a Prometheus metric's series whose line contains the label text (empty: all). */
  double metric(String name, String labelText) {
    String text = get("/actuator/prometheus").text();
    double sum = 0;
    boolean found = false;
    for (String line : text.split("\n")) {
      if (line.startsWith(name) && (line.charAt(name.length()) == '{' || line.charAt(name.length()) == ' ')
          && line.contains(labelText)) {
        sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        found = true;
      }
    }
    if (!found) {
      throw new IllegalStateException("no metric " + name + " " + labelText + " at " + target + "/actuator/prometheus");
    }
    return sum;
  }

  Answer get(String path) {
    return http.get().uri(path)
        .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
            .map(bytes -> new Answer(response.status().code(), bytes)))
        .block(TIMEOUT);
  }

  record Answer(int status, byte[] bytes) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    connections.dispose();
  }
}
