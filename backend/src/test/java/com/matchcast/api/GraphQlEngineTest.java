package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The engine the API runs: the application's instrumentations behind one, the limits in their order. */
@EmbeddedDatabaseTest
class GraphQlEngineTest {

  @Autowired GraphQlSource source;

  @Test
  void theEngineRunsTheApplicationsInstrumentationsBehindOne() {
    Instrumentation instrumentation = source.graphQl().getInstrumentation();

    assertThat(instrumentation).isInstanceOf(HookedInstrumentation.class);
    assertThat(((HookedInstrumentation) instrumentation).instrumentations())
        .extracting(i -> i.getClass().getSimpleName())
        .containsSubsequence("ParserLimits", "OperationShape", "DepthLimit", "ComplexityLimit")
        .containsExactlyInAnyOrder("ParserLimits", "OperationShape", "DepthLimit", "ComplexityLimit", "Tracking",
            "GraphQlMetrics");
  }
}
