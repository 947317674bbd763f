package com.matchcast.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/**
 * Stops a request before any field runs. graphql-java answers an {@link AbortExecutionException}
 * thrown by an instrumentation with {@link #toExecutionResult()}; this one carries our
 * classification instead of graphql-java's ExecutionAborted, and no location or stack.
 */
public class QueryLimitExceeded extends AbortExecutionException {

  private final ErrorClassification classification;

  public QueryLimitExceeded(ErrorClassification classification, String message) {
    super(message);
    this.classification = classification;
  }

  public ErrorClassification classification() {
    return classification;
  }

  @Override
  public ExecutionResult toExecutionResult() {
    return ExecutionResult.newExecutionResult()
        .addError(GraphqlErrorBuilder.newError().errorType(classification).message(getMessage()).build())
        .build();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
