package com.matchcast.observability;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * GraphQL latency per operation, measured inside graphql-java (Spring Boot adds every
 * Instrumentation bean to the engine), and the number of live subscriptions, counted per
 * subscriber as the web handler receives them (an interceptor: identical subscriptions share one
 * execution, see {@code SharedSubscriptions}, but each is a subscriber). Spring GraphQL's own
 * observations are turned off in application.yml: their operation name is not a metric tag, and
 * observing every data fetcher costs more than the queries of a 50-match page can afford.
 */
@Component
public class GraphQlMetrics extends SimplePerformantInstrumentation implements WebGraphQlInterceptor, Ordered {

  static final String REQUEST = "matchcast.graphql.request";
  static final String SUBSCRIPTIONS = "matchcast.graphql.subscriptions";
  static final String SUBSCRIPTION_EVENTS = "matchcast.graphql.subscription.events";
  /** A document that did not parse or validate has no operation to name. */
  static final String INVALID = "invalid";

  private final MeterRegistry registry;
  private final OperationNames names;
  private final AtomicInteger subscriptions = new AtomicInteger();

  public GraphQlMetrics(MeterRegistry registry, ObservabilityProperties properties) {
    this.registry = registry;
    this.names = new OperationNames(properties.operationNames());
    Gauge.builder(SUBSCRIPTIONS, subscriptions, AtomicInteger::get)
        .description("GraphQL subscriptions open now (WebSocket or SSE)")
        .register(registry);
  }

  /** What is known of one execution: when it started and, once validated, its operation. */
  private static final class Execution implements InstrumentationState {
    final long started = System.nanoTime();
    /** graphql-java hands a subscription's every event result here too: only the first is the execution's. */
    final java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();
    volatile String operation = INVALID;
    volatile String type = INVALID;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Execution();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
      InstrumentationState state) {
    OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
    Execution execution = (Execution) state;
    execution.operation = names.tag(operation.getName());
    execution.type = operation.getOperation().name().toLowerCase(Locale.ROOT);
    return SimpleInstrumentationContext.noOp();
  }

  /**
   * One event of a subscription run through its selection: once per event for each distinct
   * subscription (identical subscriptions share one execution, so not once per subscriber).
   */
  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
      InstrumentationState state) {
    long started = System.nanoTime();
    String operation = ((Execution) state).operation;
    return SimpleInstrumentationContext.whenCompleted((value, failure) -> Timer.builder(SUBSCRIPTION_EVENTS)
        .description("Events of subscriptions run through their selections, one per event and distinct subscription")
        .tags("operation", operation)
        .register(registry)
        .record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    Execution execution = (Execution) state;
    if (!execution.recorded.compareAndSet(false, true)) {
      return CompletableFuture.completedFuture(result); // an event of a subscription, timed on its own below
    }
    String outcome = parameters.getExecutionInput().isCancelled() ? "cancelled"
        : result.getErrors().isEmpty() ? "success" : "error";
    Timer.builder(REQUEST)
        .description("GraphQL executions, from parsing to the complete result (for a subscription: until its stream is set up)")
        .tags("operation", execution.operation, "type", execution.type, "outcome", outcome)
        .register(registry)
        .record(System.nanoTime() - execution.started, TimeUnit.NANOSECONDS);
    return CompletableFuture.completedFuture(result);
  }

  /** Inside the subscription gate and the caller's interceptor, outside the sharing of subscriptions. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 2;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain.next(request).map(response -> response.getData() instanceof Publisher<?> stream
        ? response.transform(builder -> builder.data(counted(stream)))
        : response);
  }

  /** The subscription's stream, counted as open from its subscriber's arrival until it ends or is cancelled. */
  private Flux<?> counted(Publisher<?> stream) {
    return Flux.from(stream)
        .doOnSubscribe(subscription -> subscriptions.incrementAndGet())
        .doFinally(signal -> subscriptions.decrementAndGet());
  }
}
