package com.matchcast.loadtest;

import com.matchcast.api.DataBuffers;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The floor of the load benchmark: a plain WebFlux endpoint answering the bytes of a real
 * {@code upcoming} response without computing anything, behind the same filters as /graphql
 * (security headers, request ids, metrics). What the GraphQL query costs is its distance from
 * this floor. The harness captures a response and stores it here (PUT) at the start of its run,
 * so both serve the same JSON from the same process. Off unless {@code matchcast.benchmark.floor=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "matchcast.benchmark.floor", havingValue = "true")
public class FloorEndpoint {

  public static final String PATH = "/bench/floor";
  /** A 50-match page with its explanations is about 100 KB; anything much larger is not one. */
  private static final int MAX_BYTES = 8 * 1024 * 1024;

  private final AtomicReference<byte[]> captured = new AtomicReference<>();

  @Bean
  RouterFunction<ServerResponse> benchmarkFloor() {
    return routes();
  }

  /** The routes on their own, so they can be exercised without an application context. */
  public RouterFunction<ServerResponse> routes() {
    return RouterFunctions.route()
        .PUT(PATH, this::capture)
        .GET(PATH, this::answer)
        .POST(PATH, this::answer)
        .build();
  }

  private Mono<ServerResponse> capture(ServerRequest request) {
    return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), MAX_BYTES)
        .map(DataBuffers::drain)
        .filter(bytes -> bytes.length > 0)
        .flatMap(bytes -> {
          captured.set(bytes);
          return ServerResponse.noContent().build();
        })
        .switchIfEmpty(Mono.defer(() -> ServerResponse.badRequest().contentType(MediaType.TEXT_PLAIN)
            .bodyValue("PUT the JSON the floor should answer, e.g. a captured upcoming response; the body was empty")));
  }

  /** Answers the captured bytes; a POST's body is read and dropped, as /graphql reads its query. */
  private Mono<ServerResponse> answer(ServerRequest request) {
    return request.body(BodyExtractors.toDataBuffers()).doOnNext(DataBufferUtils::release).then(Mono.defer(() -> {
      byte[] bytes = captured.get();
      return bytes == null
          ? ServerResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
              .bodyValue("no floor response captured yet: PUT one to " + PATH + " first")
          : ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(bytes);
    }));
  }
}
