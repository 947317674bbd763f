package com.matchcast.serving;

/** Whether predictions follow the real calendar or replay a stored past period as if it were live. */
public enum ServingMode {
  /** The real clock; fixtures and prices come from the collectors. */
  LIVE,
  /** A simulated clock over a stored period: what the store holds about its future stays hidden. */
  REPLAY,
  /** LIVE when the store holds upcoming fixtures, REPLAY otherwise. */
  AUTO
}
