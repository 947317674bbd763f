package com.matchcast.limits;

import com.matchcast.api.Arguments;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;

/**
 * graphql-java's cost limit with a cost that follows the size of what is asked for: each field
 * costs 1, and a field with a page argument ({@code first}, {@code last}, {@code limit}) costs 1
 * plus that many times what is asked below it. {@code matches(first: 100) { edges { node { id } } }}
 * costs 1 + 100 x 3 = 301. Answered as QUERY_TOO_COMPLEX.
 */
class ComplexityLimit extends MaxQueryComplexityInstrumentation {

  static final List<String> PAGE_ARGUMENTS = List.of("first", "last", "limit");

  /**
   * The most one field counts: far above any query worth running, and low enough that
   * graphql-java's int sums of the fields of a document (at most max-tokens of them side by side)
   * cannot wrap around and let the largest queries through.
   */
  static final int MAX_FIELD_COST = 1_000_000;

  ComplexityLimit(LimitSettings settings) {
    super(settings.maxComplexity(), pageSizeTimesChildren());
  }

  static FieldComplexityCalculator pageSizeTimesChildren() {
    return (field, childComplexity) -> (int) Math.min(MAX_FIELD_COST, 1L + pageSize(field) * (long) childComplexity);
  }

  /**
   * The page argument as given or defaulted, counted up to the largest page; 1 for fields without
   * one. A larger page is refused by the field itself as BAD_REQUEST, which says what is wrong.
   */
  private static int pageSize(FieldComplexityEnvironment field) {
    for (String argument : PAGE_ARGUMENTS) {
      if (field.getArguments().get(argument) instanceof Integer size && size > 1) {
        return Math.min(size, Arguments.MAX_PAGE_SIZE);
      }
    }
    return 1;
  }

  @Override
  protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
    return new QueryLimitExceeded(LimitExceeded.QUERY_TOO_COMPLEX, "The operation's estimated cost is "
        + totalComplexity + "; at most " + maxComplexity + " is allowed (matchcast.limits.max-complexity). Each field"
        + " costs 1 and a page (first, last, limit) multiplies what is below it by its size: ask for fewer or"
        + " smaller pages.");
  }
}
