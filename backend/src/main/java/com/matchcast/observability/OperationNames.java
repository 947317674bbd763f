package com.matchcast.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operation names as metric tags. Clients choose them freely, so only the first {@code limit}
 * distinct names get a series of their own and later ones share "other": a client sending a new
 * name with every request must not grow the registry (and /actuator/prometheus) without end.
 */
final class OperationNames {

  static final String ANONYMOUS = "anonymous";
  static final String OTHER = "other";

  private final int limit;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  OperationNames(int limit) {
    this.limit = limit;
  }

  String tag(String name) {
    if (name == null || name.isEmpty()) {
      return ANONYMOUS;
    }
    if (known.contains(name)) {
      return name;
    }
    synchronized (known) {
      if (known.size() < limit) {
        known.add(name);
        return name;
      }
    }
    return OTHER;
  }
}
