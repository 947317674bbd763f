package com.matchcast.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's depth limit, answered as QUERY_TOO_DEEP with the setting's name. */
class DepthLimit extends MaxQueryDepthInstrumentation {

  DepthLimit(LimitSettings settings) {
    super(settings.maxDepth());
  }

  @Override
  protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
    return new QueryLimitExceeded(LimitExceeded.QUERY_TOO_DEEP, "The operation nests fields " + depth
        + " deep; at most " + maxDepth + " are allowed (matchcast.limits.max-depth).");
  }
}
