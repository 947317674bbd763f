package com.matchcast.persistence;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Which database a reactive call reads from, carried in the Reactor context: the primary unless a
 * caller marked its work as reads that may lag (see api.ReplicaReads). Writes, transactions and
 * anything unmarked stay on the primary.
 */
public final class ReadRouting {

  public enum Target {
    PRIMARY,
    REPLICA
  }

  private static final Object KEY = ReadRouting.class;

  private ReadRouting() {}

  /** Marks what runs under it as reads that may come from the replica. */
  public static Context replica(Context context) {
    return context.put(KEY, Target.REPLICA);
  }

  public static Target of(ContextView context) {
    return context.getOrDefault(KEY, Target.PRIMARY);
  }
}
