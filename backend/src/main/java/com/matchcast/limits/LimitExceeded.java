package com.matchcast.limits;

import graphql.ErrorClassification;

/**
 * The {@code extensions.classification} of a request refused by a limit, so a client can tell a
 * query to make smaller from a failure of the server. (More than one operation and a page too large
 * are BAD_REQUEST, as other bad input.)
 */
public enum LimitExceeded implements ErrorClassification {
  /** Too many characters or tokens, root fields or aliases of one field. */
  QUERY_TOO_LARGE,
  /** Fields nested too deep. */
  QUERY_TOO_DEEP,
  /** Too much asked at once: the estimated cost is over the limit. */
  QUERY_TOO_COMPLEX,
  /** Still running at the request time-out; cancelled. */
  REQUEST_TIMEOUT,
  /** The client's budget of requests is spent (HTTP 429). */
  TOO_MANY_REQUESTS
}
