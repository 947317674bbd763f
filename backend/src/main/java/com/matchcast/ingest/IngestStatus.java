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
   * The process running it stopped (killed, crashed) before it recorded an end: its heartbeat
   * went stale. Its batch was written all or nothing, and as the run did not succeed, the next
   * import reads the same file again instead of skipping it as unchanged.
   */
  ABORTED
}
