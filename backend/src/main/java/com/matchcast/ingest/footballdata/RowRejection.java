package com.matchcast.ingest.footballdata;

/**
 * Why a row cannot become a match. The text before the first ": " is the stable reason that
 * reports group by; the rest is detail. Thrown while reading one row and caught for the same
 * row, so it carries no stack trace.
 */
final class RowRejection extends RuntimeException {

  RowRejection(String reason) {
    super(reason, null, false, false);
  }
}
