package com.matchcast.loadtest;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Closed-loop HTTP load, as wrk makes it: each client sends its next request as soon as its last
 * answer is read, on a connection of its own that stays open. A warm-up runs first and is not
 * recorded. A request fails on a status other than 200 or when its connection breaks.
 */
final class HttpLoad {

  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * A request the clients repeat: POST when it has a body, GET otherwise. With {@code distinctQuery},
   * each request posts that query with a comment of its own (a request number), so no two are the
   * same document: no answer kept by the server can serve it, each is executed.
   */
  record Call(String name, String path, byte[] body, String distinctQuery) {

    static Call same(String name, String path, byte[] body) {
      return new Call(name, path, body, null);
    }

    static Call distinct(String name, String path, String query) {
      return new Call(name, path, null, query);
    }

    private static final AtomicLong REQUESTS = new AtomicLong();

    byte[] nextBody() {
      return distinctQuery == null ? body
          : BackendClient.body(distinctQuery + "\n# request " + REQUESTS.incrementAndGet());
    }

    boolean posts() {
      return body != null || distinctQuery != null;
    }
  }

  private final String target;

  HttpLoad(String target) {
    this.target = target;
  }

  /** Warm-up, then the measured time. */
  LatencySummary measure(Call call, int clients, Duration warmUp, Duration measured) {
    run(call, clients, deadline(warmUp), LatencySummary.microsecondHistogram(), new AtomicLong());
    return measureWhile(call, clients, deadline(measured));
  }

  /** Measures for as long as the condition holds (checked before each request). */
  LatencySummary measureWhile(Call call, int clients, BooleanSupplier going) {
    Histogram latencies = LatencySummary.microsecondHistogram();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    run(call, clients, going, latencies, errors);
    return LatencySummary.of(latencies, errors.get(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static BooleanSupplier deadline(Duration duration) {
    long end = System.nanoTime() + duration.toNanos();
    return () -> System.nanoTime() < end;
  }

  private void run(Call call, int clients, BooleanSupplier going, Histogram latencies, AtomicLong errors) {
    ConnectionProvider connections = ConnectionProvider.builder("loadtest-" + call.name())
        .maxConnections(clients).pendingAcquireMaxCount(-1).build();
    try {
      HttpClient client = HttpClient.create(connections).baseUrl(target).responseTimeout(REQUEST_TIMEOUT)
          .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json")
              .set(HttpHeaderNames.ACCEPT, "application/json"));
      Mono<Void> one = Mono.defer(() -> {
        long sent = System.nanoTime();
        return send(client, call)
            .doOnNext(status -> {
              if (status == 200) {
                record(latencies, (System.nanoTime() - sent) / 1000);
              } else {
                errors.incrementAndGet();
              }
            })
            .onErrorResume(failure -> {
              errors.incrementAndGet();
              return Mono.empty();
            })
            .then();
      });
      Flux.range(0, clients)
          .flatMap(each -> one.repeat(going).then(), clients)
          .blockLast();
    } finally {
      connections.dispose();
    }
  }

  private static Mono<Integer> send(HttpClient client, Call call) {
    HttpClient.ResponseReceiver<?> request = !call.posts() ? client.get().uri(call.path())
        : client.post().uri(call.path()).send(ByteBufFlux.fromInbound(Mono.fromSupplier(call::nextBody)));
    // the whole body is read, as a client must before its next request on the connection
    return request.responseSingle((response, content) -> content.asByteArray()
        .map(bytes -> response.status().code()).defaultIfEmpty(response.status().code()));
  }

  /** Histogram is not thread-safe; the clients' answers arrive on several event loops. */
  private static void record(Histogram latencies, long microseconds) {
    synchronized (latencies) {
      latencies.recordValue(microseconds);
    }
  }
}
