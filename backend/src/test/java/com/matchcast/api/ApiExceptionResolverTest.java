package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLError;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Unexpected failures reach the client only as a generic INTERNAL_ERROR; a cancelled field is not logged. */
class ApiExceptionResolverTest {

  private final ApiExceptionResolver resolver = new ApiExceptionResolver();

  private static DataFetchingEnvironment environment() {
    ExecutionStepInfo step = ExecutionStepInfo.newExecutionStepInfo()
        .type(GraphQLObjectType.newObject().name("Query").build())
        .path(ResultPath.rootPath().segment("matches"))
        .build();
    return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().executionStepInfo(step)
        .mergedField(MergedField.newMergedField(Field.newField("matches").build()).build()).build();
  }

  @Test
  void unexpectedExceptionIsInternalErrorWithoutItsMessage() {
    GraphQLError error = resolver.resolveToSingleError(
        new IllegalStateException("Table \"MATCHES\" not found; SQL statement: SELECT secret"), environment());
    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
    assertThat(error.getMessage()).doesNotContain("SELECT").doesNotContain("MATCHES").contains("Internal error");
  }

  @Test
  void aDatabaseThatCannotBeReachedIsUnavailableWithAPlainMessage() {
    for (Throwable unreachable : java.util.List.of(
        new org.springframework.dao.DataAccessResourceFailureException("Failed to obtain R2DBC Connection",
            new io.r2dbc.spi.R2dbcNonTransientResourceException("Connection validation failed")),
        new RuntimeException(new java.net.ConnectException("Connection refused: /127.0.0.1:3311")))) {
      GraphQLError error = resolver.resolveToSingleError(unreachable, environment());
      assertThat(error.getErrorType()).isEqualTo(MatchcastErrorType.UNAVAILABLE);
      assertThat(error.getMessage())
          .isEqualTo("The database is unavailable and this answer is not in the cache; try again in a moment.");
    }
    assertThat(resolver.resolveToSingleError(new io.r2dbc.spi.R2dbcBadGrammarException("Unknown column 'x'"),
        environment()).getErrorType()).as("a faulty query is not an outage").isEqualTo(ErrorType.INTERNAL_ERROR);
  }

  @Test
  void apiExceptionsKeepTheirMessage() {
    assertThat(resolver.resolveToSingleError(new NotFoundException("No match with id 5."), environment()))
        .satisfies(error -> {
          assertThat(error.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
          assertThat(error.getMessage()).isEqualTo("No match with id 5.");
        });
    assertThat(resolver.resolveToSingleError(new InvalidArgumentException("bad"), environment()).getErrorType())
        .isEqualTo(ErrorType.BAD_REQUEST);
  }

  @Test
  void aFieldCutShortByItsCancelledExecutionIsNotLoggedAsAFailure() {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ApiExceptionResolver.class);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
        new ch.qos.logback.core.read.ListAppender<>();
    logged.start();
    logger.addAppender(logged);
    try {
      for (Throwable cancelled : java.util.List.of(
          new graphql.execution.AbortExecutionException("Execution has been asked to be cancelled"),
          new RuntimeException(new java.util.concurrent.CancellationException()),
          new reactor.netty.channel.AbortedException("Connection has been closed"))) {
        assertThat(resolver.resolveToSingleError(cancelled, environment()).getMessage())
            .isEqualTo("The request was cancelled.");
      }
    } finally {
      logger.detachAppender(logged);
    }
    assertThat(logged.list).isEmpty();
  }
}
