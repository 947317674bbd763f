package com.matchcast.observability;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * GraphQL latency per operation and the number of live subscriptions, measured inside graphql-java
 * (Spring Boot adds every Instrumentation bean to the engine). Spring GraphQL's own observations
 * are turned off in application.yml: their operation name is not a metric tag, and observing every
 * data fetcher costs more than the queries of a 50-match page can afford.
 */
@Component
public class GraphQlMetrics extends SimplePerformantInstrumentation {

  static final String REQUEST = "matchcast.graphql.request";
  static final String SUBSCRIPTIONS = "matchcast.graphql.subscriptions";
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

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    Execution execution = (Execution) state;
    String outcome = parameters.getExecutionInput().isCancelled() ? "cancelled"
        : result.getErrors().isEmpty() ? "success" : "error";
    Timer.builder(REQUEST)
        .description("GraphQL executions, from parsing to the complete result (for a subscription: until its stream is set up)")
        .tags("operation", execution.operation, "type", execution.type, "outcome", outcome)
        .register(registry)
        .record(System.nanoTime() - execution.started, TimeUnit.NANOSECONDS);
    if (result.getData() instanceof Publisher<?> stream) {
      return CompletableFuture.completedFuture(result.transform(builder -> builder.data(counted(stream))));
    }
    return CompletableFuture.completedFuture(result);
  }

  /** The subscription's stream, counted as open from its subscriber's arrival until it ends or is cancelled. */
  private Flux<?> counted(Publisher<?> stream) {
    return Flux.from(stream)
        .doOnSubscribe(subscription -> subscriptions.incrementAndGet())
        .doFinally(signal -> subscriptions.decrementAndGet());
  }
}
