package com.matchcast.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A provider on a local HTTP server: each request target (path and query, without the key)
 * answers with a canned body from src/test/resources/providers, and a test can queue one-off
 * answers (errors, delays, broken bodies) in front of it.
 */
public class ProviderStub extends Dispatcher {

  private final Map<String, MockResponse> routes = new ConcurrentHashMap<>();
  private final Map<String, Deque<MockResponse>> once = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, String> quotaHeaders;

  public ProviderStub(Map<String, String> quotaHeaders) {
    this.quotaHeaders = quotaHeaders;
  }

  public ProviderStub route(String target, String resource) {
    routes.put(target, json(200, read(resource)));
    return this;
  }

  /** Answers the next request for the target with these responses, in order, before the route. */
  public void queue(String target, MockResponse... responses) {
    Deque<MockResponse> queue = once.computeIfAbsent(target, t -> new ArrayDeque<>());
    synchronized (queue) {
      for (MockResponse response : responses) {
        queue.add(response);
      }
    }
  }

  public int hits(String target) {
    return hits.getOrDefault(target, new AtomicInteger()).get();
  }

  public MockResponse json(int code, String body) {
    MockResponse.Builder builder = new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json");
    quotaHeaders.forEach(builder::addHeader);
    return builder.body(body).build();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String target = targetOf(request);
    hits.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
    Deque<MockResponse> queue = once.get(target);
    if (queue != null) {
      synchronized (queue) {
        if (!queue.isEmpty()) {
          return queue.poll();
        }
      }
    }
    return routes.getOrDefault(target, json(404, "{\"message\":\"no route for " + target + "\"}"));
  }

  private static String targetOf(RecordedRequest request) {
    String target = URLDecoder.decode(request.getTarget(), StandardCharsets.UTF_8);
    return target.replaceAll("[?&]apiKey=[^&]*$", "").replaceAll("apiKey=[^&]*&", "");
  }

  public static String read(String resource) {
    try (InputStream in = ProviderStub.class.getResourceAsStream("/providers/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource providers/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
