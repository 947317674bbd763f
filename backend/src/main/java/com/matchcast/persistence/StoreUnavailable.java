package com.matchcast.persistence;

import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Recognises a failure that means the database cannot be reached (stopped, restarting, gone from
 * the network) rather than a fault in a query: no connection could be made or validated, or the
 * one in use was closed under the query.
 */
public final class StoreUnavailable {

  private StoreUnavailable() {}

  public static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException || cause instanceof R2dbcNonTransientResourceException
          || cause instanceof R2dbcTransientResourceException || cause instanceof R2dbcTimeoutException
          || cause instanceof ConnectException || cause instanceof ClosedChannelException) {
        return true;
      }
    }
    return false;
  }
}
