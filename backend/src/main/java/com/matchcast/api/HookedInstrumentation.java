package com.matchcast.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The application's instrumentations (limits, fetch tracking, metrics) as one, each hook calling
 * only those that use it. graphql-java's ChainedInstrumentation calls every instrumentation at
 * every hook, five of them around each field, and builds a list of their contexts each time: on a
 * 50-match page (some 3,000 fields) that was the largest part of a profile of the page's execution,
 * for instrumentations that all do nothing per field but one.
 *
 * <p>Only the hooks listed in {@link #DISPATCHED} are passed on: per request (state, input,
 * document, parse, validation, operation, result), per subscription event, and the data-fetcher
 * wrapper. An instrumentation that overrides any other hook (a per-field one) is refused at start
 * rather than silently skipped.
 */
public final class HookedInstrumentation implements Instrumentation {

  /** The hooks passed on to the instrumentations that override them. */
  static final Set<String> DISPATCHED = Set.of("createState", "createStateAsync", "instrumentExecutionInput",
      "instrumentDocumentAndVariables", "instrumentSchema", "instrumentExecutionContext", "instrumentDataFetcher",
      "beginExecution", "beginParse", "beginValidation", "beginExecuteOperation", "beginSubscribedFieldEvent",
      "instrumentExecutionResult");

  private final List<Instrumentation> all;
  private final int[] createsState;
  private final int[] createsStateAsync;
  private final int[] executionInput;
  private final int[] documentAndVariables;
  private final int[] schema;
  private final int[] executionContext;
  private final int[] dataFetcher;
  private final int[] execution;
  private final int[] parse;
  private final int[] validation;
  private final int[] executeOperation;
  private final int[] subscribedFieldEvent;
  private final int[] executionResult;

  public HookedInstrumentation(List<Instrumentation> instrumentations) {
    this.all = List.copyOf(instrumentations);
    for (Instrumentation instrumentation : all) {
      for (Method hook : Instrumentation.class.getMethods()) {
        if (!Modifier.isStatic(hook.getModifiers()) && !DISPATCHED.contains(hook.getName())
            && overrides(instrumentation, hook.getName(), hook.getParameterTypes())) {
          throw new IllegalStateException(instrumentation.getClass().getName() + " overrides " + hook.getName()
              + ", a hook " + HookedInstrumentation.class.getSimpleName() + " does not pass on: add it there");
        }
      }
    }
    // graphql-java calls createStateAsync, whose defaults call createState: an instrumentation overrides one or the other
    createsStateAsync = using("createStateAsync", InstrumentationCreateStateParameters.class);
    createsState = Arrays.stream(using("createState", InstrumentationCreateStateParameters.class))
        .filter(i -> Arrays.stream(createsStateAsync).noneMatch(j -> j == i)).toArray();
    executionInput = using("instrumentExecutionInput", ExecutionInput.class, InstrumentationExecutionParameters.class,
        InstrumentationState.class);
    documentAndVariables = using("instrumentDocumentAndVariables", DocumentAndVariables.class,
        InstrumentationExecutionParameters.class, InstrumentationState.class);
    schema = using("instrumentSchema", GraphQLSchema.class, InstrumentationExecutionParameters.class,
        InstrumentationState.class);
    executionContext = using("instrumentExecutionContext", ExecutionContext.class,
        InstrumentationExecutionParameters.class, InstrumentationState.class);
    dataFetcher = using("instrumentDataFetcher", DataFetcher.class, InstrumentationFieldFetchParameters.class,
        InstrumentationState.class);
    execution = using("beginExecution", InstrumentationExecutionParameters.class, InstrumentationState.class);
    parse = using("beginParse", InstrumentationExecutionParameters.class, InstrumentationState.class);
    validation = using("beginValidation", InstrumentationValidationParameters.class, InstrumentationState.class);
    executeOperation = using("beginExecuteOperation", InstrumentationExecuteOperationParameters.class,
        InstrumentationState.class);
    subscribedFieldEvent = using("beginSubscribedFieldEvent", InstrumentationFieldParameters.class,
        InstrumentationState.class);
    executionResult = using("instrumentExecutionResult", ExecutionResult.class,
        InstrumentationExecutionParameters.class, InstrumentationState.class);
  }

  /** The instrumentations behind this one, in their order. */
  public List<Instrumentation> instrumentations() {
    return all;
  }

  /** The positions of the instrumentations that override the hook. */
  private int[] using(String hook, Class<?>... parameters) {
    List<Integer> users = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (overrides(all.get(i), hook, parameters)) {
        users.add(i);
      }
    }
    return users.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether the hook is the instrumentation's own, not the do-nothing default of the interface or of SimplePerformantInstrumentation. */
  private static boolean overrides(Instrumentation instrumentation, String hook, Class<?>... parameters) {
    try {
      Class<?> declaring = instrumentation.getClass().getMethod(hook, parameters).getDeclaringClass();
      return declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class;
    } catch (NoSuchMethodException absent) {
      return false;
    }
  }

  /** Each instrumentation's state, by its position. */
  private static final class States implements InstrumentationState {
    final InstrumentationState[] byPosition;

    States(int size) {
      byPosition = new InstrumentationState[size];
    }
  }

  private static InstrumentationState state(InstrumentationState states, int i) {
    return states instanceof States s ? s.byPosition[i] : null;
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
    States states = new States(all.size());
    for (int i : createsState) {
      states.byPosition[i] = all.get(i).createState(parameters);
    }
    List<CompletableFuture<?>> pending = new ArrayList<>(createsStateAsync.length);
    for (int i : createsStateAsync) {
      CompletableFuture<InstrumentationState> made = all.get(i).createStateAsync(parameters);
      if (made != null) {
        pending.add(made.thenAccept(state -> states.byPosition[i] = state));
      }
    }
    return CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).thenApply(done -> states);
  }

  @Override
  public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain(executionInput, state, input, (it, value, own) -> it.instrumentExecutionInput(value, parameters, own));
  }

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables document,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return chain(documentAndVariables, state, document,
        (it, value, own) -> it.instrumentDocumentAndVariables(value, parameters, own));
  }

  @Override
  public GraphQLSchema instrumentSchema(GraphQLSchema graphQlSchema, InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain(schema, state, graphQlSchema, (it, value, own) -> it.instrumentSchema(value, parameters, own));
  }

  @Override
  public ExecutionContext instrumentExecutionContext(ExecutionContext context, InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return chain(executionContext, state, context, (it, value, own) -> it.instrumentExecutionContext(value, parameters, own));
  }

  @Override
  public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
      InstrumentationState state) {
    return this.<DataFetcher<?>>chain(dataFetcher, state, fetcher,
        (it, value, own) -> it.instrumentDataFetcher(value, parameters, own));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return contexts(execution, state, (instrumentation, own) -> instrumentation.beginExecution(parameters, own));
  }

  @Override
  public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return contexts(parse, state, (instrumentation, own) -> instrumentation.beginParse(parameters, own));
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
      InstrumentationState state) {
    return contexts(validation, state, (instrumentation, own) -> instrumentation.beginValidation(parameters, own));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
      InstrumentationState state) {
    return contexts(executeOperation, state,
        (instrumentation, own) -> instrumentation.beginExecuteOperation(parameters, own));
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
      InstrumentationState state) {
    return contexts(subscribedFieldEvent, state,
        (instrumentation, own) -> instrumentation.beginSubscribedFieldEvent(parameters, own));
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    CompletableFuture<ExecutionResult> instrumented = CompletableFuture.completedFuture(result);
    for (int i : executionResult) {
      Instrumentation instrumentation = all.get(i);
      InstrumentationState own = state(state, i);
      instrumented = instrumented.thenCompose(r -> instrumentation.instrumentExecutionResult(r, parameters, own));
    }
    return instrumented;
  }

  /** One step of a value passed through the hook's users in turn, each with its own state. */
  private interface Step<T> {
    T apply(Instrumentation instrumentation, T value, InstrumentationState own);
  }

  private <T> T chain(int[] users, InstrumentationState state, T value, Step<T> step) {
    for (int i : users) {
      value = step.apply(all.get(i), value, state(state, i));
    }
    return value;
  }

  /** The contexts the hook's users return, as one (none: null, which graphql-java takes as nothing to call). */
  private <T> InstrumentationContext<T> contexts(int[] users, InstrumentationState state,
      BiFunction<Instrumentation, InstrumentationState, InstrumentationContext<T>> begin) {
    if (users.length == 0) {
      return null;
    }
    if (users.length == 1) {
      return begin.apply(all.get(users[0]), state(state, users[0]));
    }
    List<InstrumentationContext<T>> contexts = new ArrayList<>(users.length);
    for (int i : users) {
      InstrumentationContext<T> context = begin.apply(all.get(i), state(state, i));
      if (context != null) {
        contexts.add(context);
      }
    }
    return new InstrumentationContext<>() {
      @Override
      public void onDispatched() {
        contexts.forEach(InstrumentationContext::onDispatched);
      }

      @Override
      public void onCompleted(T result, Throwable failure) {
        contexts.forEach(context -> context.onCompleted(result, failure));
      }
    };
  }
}
