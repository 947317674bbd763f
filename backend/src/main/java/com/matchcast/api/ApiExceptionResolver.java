package com.matchcast.api;

import com.matchcast.persistence.StoreUnavailable;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions become GraphQL errors. Only the messages of the API's own
 * exceptions reach the client; anything else is logged here and answered with a generic
 * message, so no SQL, class name or stack trace leaks. A field cut short because its client went
 * away is not a failure: it is answered (to nobody) without a log line, and
 * {@link ClientCancellation} notes the cancelled request once. A read that needed the database
 * while it cannot be reached is UNAVAILABLE, logged in one line: an outage would otherwise write
 * a stack trace per field.
 */
@Component
public class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

  private static final Log log = LogFactory.getLog(ApiExceptionResolver.class);

  static final String UNAVAILABLE_MESSAGE =
      "The database is unavailable and this answer is not in the cache; try again in a moment.";

  @Override
  protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
    if (exception instanceof NotFoundException) {
      return error(environment, ErrorType.NOT_FOUND, exception.getMessage());
    }
    if (exception instanceof InvalidArgumentException) {
      return error(environment, ErrorType.BAD_REQUEST, exception.getMessage());
    }
    if (ClientCancellation.isCancellation(exception)) {
      return error(environment, ErrorType.INTERNAL_ERROR, "The request was cancelled.");
    }
    if (StoreUnavailable.isCause(exception)) {
      log.warn("Database unavailable for " + environment.getExecutionStepInfo().getPath() + ": " + exception);
      return error(environment, MatchcastErrorType.UNAVAILABLE, UNAVAILABLE_MESSAGE);
    }
    log.error("Unexpected failure in " + environment.getExecutionStepInfo().getPath(), exception);
    return error(environment, ErrorType.INTERNAL_ERROR, "Internal error; the request could not be completed.");
  }

  private static GraphQLError error(DataFetchingEnvironment environment, ErrorClassification type, String message) {
    return GraphqlErrorBuilder.newError(environment).errorType(type).message(message).build();
  }
}
