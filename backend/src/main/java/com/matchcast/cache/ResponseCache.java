package com.matchcast.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.matchcast.cache.CacheMeters.Level;
import com.matchcast.cache.CacheMeters.Result;
import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.model.registry.ModelVersionPromoted;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.serving.MatchUpdated;
import com.matchcast.serving.OddsMoved;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

/**
 * Whole answers of the public hot reads, kept for a moment: the same query with the same variables
 * is answered with the JSON its last execution wrote, without running a field. A page of 50
 * upcoming matches with their predictions and explanations is some 2,000 fields; a busy dashboard
 * asks for the same page hundreds of times a second, and between two changes of the data every
 * answer is the same.
 *
 * <p>Only queries whose every root field is public and the same for every caller ({@link #PUBLIC_READS})
 * are kept, and only answers without errors. Any event that changes what they show clears all
 * answers at once on this instance (each instance sees the shared events); the TTL bounds what a
 * change without an event can leave stale, above all a replay's clock revealing the next results.
 * Concurrent requests for an answer not yet kept share one execution. Requests still pass the
 * security and rate-limit filters before they get here, and a cached document passed the query
 * limits when it was first executed. Subscriptions and queries over the WebSocket are not cached.
 */
@Component
public class ResponseCache implements WebGraphQlInterceptor, Ordered, DisposableBean {

  /** Root fields whose answer depends on the arguments and the store only, never on who asks. */
  static final Set<String> PUBLIC_READS =
      Set.of("upcoming", "matches", "match", "leagues", "team", "teams", "standings", "headToHead", "__typename");

  private final boolean enabled;
  /** The answers' data as JSON, with its UTF-8 bytes made once: each request copies them as they are. */
  private final AsyncCache<String, SerializableString> answers;
  /** Documents seen, and whether their answers may be kept: a cached answer costs no parse. */
  private final Cache<String, Boolean> cacheableDocuments = Caffeine.newBuilder().maximumSize(1_000).build();
  /** Counts the clearings: an execution that began before one must not keep its answer. */
  private final AtomicLong epoch = new AtomicLong();
  private final JsonMapper json;
  private final CacheMeters meters;
  private final Disposable invalidations;

  ResponseCache(CacheProperties properties, @Value("${matchcast.cache.responses.enabled:true}") boolean responsesEnabled,
      @Value("${matchcast.cache.responses.ttl:2s}") Duration ttl,
      @Value("${matchcast.cache.responses.max-size:200}") long maxSize, EventBus events, JsonMapper json,
      io.micrometer.core.instrument.MeterRegistry registry) {
    if (ttl.isNegative() || ttl.isZero() || maxSize <= 0) {
      throw new IllegalArgumentException("matchcast.cache.responses.ttl and .max-size must be positive, got "
          + ttl + " and " + maxSize);
    }
    this.enabled = properties.enabled() && responsesEnabled;
    this.answers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxSize).buildAsync();
    this.json = json;
    this.meters = new CacheMeters(registry);
    this.invalidations = Flux.merge(events.on(PredictionMade.class), events.on(MatchUpdated.class),
        events.on(com.matchcast.serving.PredictionScored.class),
        events.on(OddsMoved.class), events.on(ModelVersionPromoted.class),
        events.on(IngestRunFinished.class).filter(run -> run.summary().inserted() + run.summary().updated() > 0))
        .subscribe(event -> clear());
  }

  /** Inside the caller's interceptors and the request time-out: a first execution is bounded like any. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 20;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    if (!enabled || request instanceof WebSocketGraphQlRequest || !cacheable(request.getDocument())) {
      return chain.next(request);
    }
    String key = request.getOperationName() + '\u0000' + request.getVariables() + '\u0000' + request.getDocument();
    CompletableFuture<SerializableString> mine = new CompletableFuture<>();
    CompletableFuture<SerializableString> answer = answers.get(key, (k, executor) -> mine);
    if (answer != mine) {
      meters.gets(CacheMeters.RESPONSES, Level.L1, Result.HIT, 1);
      // an execution shared with a client that went away, or whose answer had errors, answers nothing: run anew
      return Mono.fromFuture(answer, true).map(kept -> kept(request, kept)).switchIfEmpty(Mono.defer(() -> chain.next(request)));
    }
    meters.gets(CacheMeters.RESPONSES, Level.L1, Result.MISS, 1);
    long startedIn = epoch.get();
    return chain.next(request)
        .map(response -> {
          SerializableString json = keepable(response);
          mine.complete(startedIn == epoch.get() ? json : null);
          // written once: the JSON just kept is the answer too, rather than serializing the data again
          return json == null ? response : kept(request, json);
        })
        .doFinally(signal -> mine.complete(null));
  }

  /** Forgets every kept answer. */
  void clear() {
    epoch.incrementAndGet();
    answers.synchronous().invalidateAll();
  }

  /** The answer's data as JSON, or null when it must not be kept (errors, extensions). */
  private SerializableString keepable(WebGraphQlResponse response) {
    ExecutionResult result = response.getExecutionResult();
    if (!response.isValid() || !result.getErrors().isEmpty()
        || (result.getExtensions() != null && !result.getExtensions().isEmpty())) {
      return null;
    }
    SerializedString data = new SerializedString(json.writeValueAsString(result.getData()));
    // encoded to UTF-8 here, once: written from a String, every answer re-encoded its ~84 KB char by
    // char (a sixth of the CPU of the upcoming page at 200 clients, profiled 2026-11-30)
    data.asUnquotedUTF8();
    return data;
  }

  /** The kept JSON written as it is: the encoder copies its bytes, nothing is serialized again. */
  private static WebGraphQlResponse kept(WebGraphQlRequest request, SerializableString data) {
    ExecutionResult result = ExecutionResult.newExecutionResult().data(new RawValue(data)).build();
    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }

  private boolean cacheable(String document) {
    return cacheableDocuments.get(document, ResponseCache::onlyPublicReads);
  }

  /** One query operation whose root selections are all fields of {@link #PUBLIC_READS}. */
  static boolean onlyPublicReads(String document) {
    try {
      Document parsed = Parser.parse(document);
      List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
      if (operations.size() != 1 || operations.get(0).getOperation() != OperationDefinition.Operation.QUERY) {
        return false;
      }
      List<Selection> roots = operations.get(0).getSelectionSet().getSelections();
      return !roots.isEmpty() && roots.stream()
          .allMatch(selection -> selection instanceof Field field && PUBLIC_READS.contains(field.getName()));
    } catch (RuntimeException unparsable) {
      // the execution reports the syntax error; such answers have errors and are never kept anyway
      return false;
    }
  }

  @Override
  public void destroy() {
    invalidations.dispose();
  }

  /** For tests: how many answers are kept now. */
  long size() {
    return answers.synchronous().estimatedSize();
  }
}
