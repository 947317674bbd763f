package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.http.SourceFetchException;
import com.matchcast.ingest.http.SourceFetchException.Kind;

/**
 * Whether one bulk run still believes the site can be reached. Every file of a full import is
 * its own run, so a site that cannot be reached at all (no DNS, no route, refused, silent) would
 * otherwise fail several hundred runs one by one, each after its retries: most of an hour of
 * failures whose outcome was known after a few files. A file that connected and then failed (404,
 * an error page) shows the site is there and starts the count again.
 */
final class SiteReachability {

  private final int giveUpAfter;
  private int failedInARow;
  private String lastFailure;

  SiteReachability(int giveUpAfter) {
    this.giveUpAfter = giveUpAfter;
  }

  void reached() {
    failedInARow = 0;
  }

  void failed(Throwable error) {
    if (error instanceof SourceFetchException fetch && (fetch.kind() == Kind.CONNECTION || fetch.kind() == Kind.TIMEOUT)) {
      failedInARow++;
      lastFailure = fetch.getMessage();
    } else {
      failedInARow = 0;
    }
  }

  /** True once {@code giveUpAfter} files in a row could not reach the site. */
  boolean gaveUp() {
    return failedInARow >= giveUpAfter;
  }

  int failedInARow() {
    return failedInARow;
  }

  String lastFailure() {
    return lastFailure;
  }
}
