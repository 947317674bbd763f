package com.matchcast.ingest;

/** Outcome of one ingest run. */
public enum IngestStatus {
  RUNNING,
  /** Stored; counts say what changed. */
  SUCCEEDED,
  /** The content hash equals the last successful run's: nothing was read again. */
  UNCHANGED,
  /** Nothing was stored; the message says why. Earlier data is intact. */
  FAILED,
  /**
   * The process running it stopped (killed, crashed) before it finished: its heartbeat went
   * stale. Its transaction never committed, so earlier data is intact.
   */
  ABORTED
}
