package com.matchcast.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Identical subscriptions share one execution. A dashboard's thousands of visitors all send the
 * same {@code predictionUpdated} document; run one by one, each event would execute the same
 * selection for every one of them and the last subscriber's push would wait behind thousands of
 * identical executions. Here the first subscription of a document runs as usual and its stream of
 * results is multicast to every later subscription of the same document, operation name and
 * variables by the same caller (user and scopes: a {@code followed: true} stream or an admin
 * subscription is never shared between callers). Each subscriber still passes the gate (token,
 * caps) and still gets its own messages; the stream ends when its last subscriber leaves, and the
 * next subscription of that document starts a new one.
 *
 * <p>Answers that are not streams (a refusal, a validation error) are never shared: whoever waited
 * on them runs its own execution and gets its own answer.
 */
@Component
public class SharedSubscriptions implements WebGraphQlInterceptor, Ordered {

  private static final String ANONYMOUS = "";

  private final boolean enabled;
  /** The stream of each distinct subscription, while it has subscribers. */
  private final Map<String, CompletableFuture<Flux<ExecutionResult>>> streams = new ConcurrentHashMap<>();
  /** Documents seen, and whether they are subscriptions: a joining subscriber costs no parse. */
  private final Cache<String, Boolean> subscriptionDocuments = Caffeine.newBuilder().maximumSize(1_000).build();

  SharedSubscriptions(@Value("${matchcast.subscriptions.share:true}") boolean enabled) {
    this.enabled = enabled;
  }

  /** Inside the gate and the caller's interceptor: every subscriber is admitted and counted on its own. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 30;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!enabled || !(request instanceof WebSocketGraphQlRequest) || !subscription(request.getDocument())) {
      return chain.next(request);
    }
    return caller().flatMap(caller -> {
      String key = caller + '\u0000' + request.getOperationName() + '\u0000' + request.getVariables() + '\u0000'
          + request.getDocument();
      CompletableFuture<Flux<ExecutionResult>> mine = new CompletableFuture<>();
      CompletableFuture<Flux<ExecutionResult>> stream = streams.computeIfAbsent(key, k -> mine);
      if (stream != mine) {
        // a stream that ended before this subscriber joined, or an answer that was no stream: run anew
        return Mono.fromFuture(stream, true).map(shared -> joined(request, shared))
            .switchIfEmpty(Mono.defer(() -> chain.next(request)));
      }
      return chain.next(request)
          .map(response -> response.getData() instanceof Publisher<?> results
              ? response.transform(builder -> builder.data(share(key, mine, results)))
              : notShared(key, mine, response))
          .doFinally(signal -> {
            if (!mine.isDone()) { // an error or a cancel before the answer
              streams.remove(key, mine);
              mine.complete(null);
            }
          });
    });
  }

  /**
   * The execution's results for every subscriber of the key. Its last subscriber's leaving cancels
   * the execution and forgets the key at once, so that a later subscriber starts its own execution
   * rather than reconnecting to this one.
   */
  @SuppressWarnings("unchecked")
  private Flux<ExecutionResult> share(String key, CompletableFuture<Flux<ExecutionResult>> mine, Publisher<?> results) {
    Flux<ExecutionResult> shared = Flux.from((Publisher<ExecutionResult>) results)
        .doFinally(signal -> streams.remove(key, mine))
        .publish()
        .refCount(1);
    mine.complete(shared);
    return shared;
  }

  private WebGraphQlResponse notShared(String key, CompletableFuture<Flux<ExecutionResult>> mine,
      WebGraphQlResponse response) {
    streams.remove(key, mine);
    mine.complete(null);
    return response;
  }

  private static WebGraphQlResponse joined(WebGraphQlRequest request, Flux<ExecutionResult> shared) {
    ExecutionResult result = ExecutionResult.newExecutionResult().data(shared).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  /** Who subscribes, as far as an answer can depend on it: the user and the scopes granted. */
  private static Mono<String> caller() {
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .filter(Authentication::isAuthenticated)
        .map(authentication -> authentication.getName() + ' ' + new TreeSet<>(authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority).toList()))
        .defaultIfEmpty(ANONYMOUS);
  }

  private boolean subscription(String document) {
    return subscriptionDocuments.get(document, SharedSubscriptions::onlySubscription);
  }

  /** One subscription operation; anything else (and anything unparsable) runs on its own. */
  static boolean onlySubscription(String document) {
    try {
      List<OperationDefinition> operations = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class);
      return operations.size() == 1 && operations.get(0).getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    } catch (RuntimeException unparsable) {
      return false;
    }
  }

  /** For tests: how many distinct subscriptions have a stream now. */
  int streams() {
    return streams.size();
  }
}
