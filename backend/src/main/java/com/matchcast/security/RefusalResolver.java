package com.matchcast.security;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Refusals are answers, not failures: UNAUTHORIZED when the caller has no token, FORBIDDEN when
 * the token lacks a scope, with a message that says what is needed, and nothing logged. Ordered
 * before the API's catch-all resolver, which would make them INTERNAL_ERROR with an ERROR line.
 */
class RefusalResolver extends DataFetcherExceptionResolverAdapter implements Ordered {

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
    ErrorType type = classify(exception);
    return type == null ? null
        : GraphqlErrorBuilder.newError(environment).errorType(type).message(exception.getMessage()).build();
  }

  static ErrorType classify(Throwable exception) {
    if (exception instanceof AuthenticationException) {
      return ErrorType.UNAUTHORIZED;
    }
    if (exception instanceof AccessDeniedException) {
      return ErrorType.FORBIDDEN;
    }
    return null;
  }

  /**
   * The same for subscriptions, refused as their stream starts: the client gets an {@code error}
   * message for the operation (the connection stays open).
   */
  static class ForSubscriptions extends SubscriptionExceptionResolverAdapter implements Ordered {

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception) {
      ErrorType type = classify(exception);
      return type == null ? null
          : GraphqlErrorBuilder.newError().errorType(type).message(exception.getMessage()).build();
    }
  }
}
