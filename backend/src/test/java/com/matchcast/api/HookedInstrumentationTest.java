package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The instrumentations behind one, on a real graphql-java engine: each hook reaches the
 * instrumentations that override it, each with its own state, in order; a state made
 * asynchronously (graphql-java's complexity limit) works; a per-field hook is refused at start.
 */
class HookedInstrumentationTest {

  private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
      new SchemaParser().parse("type Query { team: String items: [Item] } type Item { x: Int }"),
      RuntimeWiring.newRuntimeWiring().type("Query", type -> type
          .dataFetcher("team", env -> "Arsenal")
          .dataFetcher("items", env -> List.of(Map.of("x", 1), Map.of("x", 2), Map.of("x", 3)))).build());

  /** Counts the fetches it wraps; trivial (property) fetches are not wrapped, as in InFlightFetches. */
  static final class CountingFetches extends SimplePerformantInstrumentation {
    final AtomicInteger fetched = new AtomicInteger();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
        InstrumentationState state) {
      if (parameters.isTrivialDataFetcher()) {
        return fetcher;
      }
      return env -> {
        fetched.incrementAndGet();
        return fetcher.get(env);
      };
    }
  }

  /** Writes its own state (its name and the order of the calls it saw) into the result's extensions. */
  static final class Stamping extends SimplePerformantInstrumentation {
    final String name;

    Stamping(String name) {
      this.name = name;
    }

    static final class Seen implements InstrumentationState {
      final List<String> calls = new ArrayList<>();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
      return new Seen();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
        InstrumentationState state) {
      ((Seen) state).calls.add("begin");
      return new InstrumentationContext<>() {
        @Override
        public void onDispatched() {
          ((Seen) state).calls.add("dispatched");
        }

        @Override
        public void onCompleted(ExecutionResult result, Throwable failure) {
          ((Seen) state).calls.add("completed");
        }
      };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
        InstrumentationExecutionParameters parameters, InstrumentationState state) {
      List<String> order = new ArrayList<>(result.getExtensions() == null ? List.of()
          : (List<String>) result.getExtensions().getOrDefault("order", List.of()));
      order.add(name);
      List<String> calls = List.copyOf(((Seen) state).calls);
      return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("order", order)
          .addExtension(name, calls)));
    }
  }

  @Test
  void eachHookReachesItsInstrumentationsWithTheirOwnStatesInOrder() {
    CountingFetches counting = new CountingFetches();
    HookedInstrumentation hooked = new HookedInstrumentation(
        List.of(new Stamping("first"), counting, new Stamping("second")));
    GraphQL engine = GraphQL.newGraphQL(SCHEMA).instrumentation(hooked).build();

    ExecutionResult result = engine.execute("{ team items { x } }");

    assertThat(result.getErrors()).isEmpty();
    assertThat((Object) result.getData()).isEqualTo(Map.of("team", "Arsenal",
        "items", List.of(Map.of("x", 1), Map.of("x", 2), Map.of("x", 3))));
    assertThat(counting.fetched).as("team and items; the three x are property reads").hasValue(2);
    assertThat(result.getExtensions()).isEqualTo(Map.of("order", List.of("first", "second"),
        "first", List.of("begin", "dispatched", "completed"), "second", List.of("begin", "dispatched", "completed")));
  }

  @Test
  void aStateMadeAsynchronouslyWorksGraphQlJavasComplexityLimitRefusesWhatCrossesIt() {
    GraphQL engine = GraphQL.newGraphQL(SCHEMA)
        .instrumentation(new HookedInstrumentation(List.of(new CountingFetches(), new MaxQueryComplexityInstrumentation(2))))
        .build();

    assertThat(engine.execute("{ team items { x } }").getErrors()).extracting(e -> e.getMessage())
        .containsExactly("maximum query complexity exceeded 3 > 2");
    assertThat((Object) engine.execute("{ team items { x } }".replace(" team", "")).getData())
        .isEqualTo(Map.of("items", List.of(Map.of("x", 1), Map.of("x", 2), Map.of("x", 3))));
  }

  @Test
  void anInstrumentationWithAPerFieldHookIsRefusedAtStart() {
    Instrumentation perField = new SimplePerformantInstrumentation() {
      @Override
      public InstrumentationContext<Object> beginFieldFetch(
          graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters parameters,
          InstrumentationState state) {
        return null;
      }
    };
    assertThatThrownBy(() -> new HookedInstrumentation(List.of(new CountingFetches(), perField)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(perField.getClass().getName() + " overrides beginFieldFetch, a hook HookedInstrumentation does"
            + " not pass on: add it there");
  }
}
