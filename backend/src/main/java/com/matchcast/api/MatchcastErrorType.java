package com.matchcast.api;

import graphql.ErrorClassification;

/** Error classifications of Matchcast's own, beside Spring GraphQL's ErrorType. */
public enum MatchcastErrorType implements ErrorClassification {

  /**
   * The database cannot be reached and the answer is not in the read cache; the client may try
   * again shortly (the application reconnects by itself once the database is back).
   */
  UNAVAILABLE
}
