package com.matchcast.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import java.util.concurrent.CompletableFuture;

/**
 * Characters and tokens of a document, counted by graphql-java's parser as it reads, so a huge
 * document is refused before it is ever held whole as a syntax tree. graphql-java reports those
 * as syntax errors; the answer is rewritten to say which limit was crossed, as QUERY_TOO_LARGE.
 */
class ParserLimits extends SimplePerformantInstrumentation {

  private final ParserOptions options;
  private final int maxCharacters;
  private final int maxTokens;

  ParserLimits(LimitSettings settings) {
    this.maxCharacters = settings.maxCharacters();
    this.maxTokens = settings.maxTokens();
    this.options = ParserOptions.getDefaultOperationParserOptions().transform(builder -> builder
        .maxCharacters(maxCharacters)
        .maxTokens(maxTokens));
  }

  /** The parse of one request, once cancelled by a limit. */
  private static final class Parse implements InstrumentationState {
    volatile QueryLimitExceeded refusal;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Parse();
  }

  /** graphql-java's parse reads its options from the request's context (ParseAndValidate). */
  @Override
  public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    input.getGraphQLContext().put(ParserOptions.class, options);
    return input;
  }

  @Override
  public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return SimpleInstrumentationContext.whenCompleted((document, failure) ->
        ((Parse) state).refusal = refusal(failure));
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    QueryLimitExceeded refusal = ((Parse) state).refusal;
    return CompletableFuture.completedFuture(refusal == null ? result : refusal.toExecutionResult());
  }

  private QueryLimitExceeded refusal(Throwable failure) {
    if (failure instanceof ParseCancelledTooManyCharsException) {
      return new QueryLimitExceeded(LimitExceeded.QUERY_TOO_LARGE, "The document is longer than " + maxCharacters
          + " characters (matchcast.limits.max-characters): ask for less in one request.");
    }
    if (failure instanceof ParseCancelledTooDeepException) {
      return new QueryLimitExceeded(LimitExceeded.QUERY_TOO_DEEP,
          "The document nests too deep for the parser: ask for less in one request.");
    }
    if (failure instanceof ParseCancelledException) {
      return new QueryLimitExceeded(LimitExceeded.QUERY_TOO_LARGE, "The document has more than " + maxTokens
          + " tokens (matchcast.limits.max-tokens): ask for less in one request.");
    }
    return null;
  }
}
