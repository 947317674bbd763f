package com.matchcast.ingest.store;

import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binding helpers: R2DBC needs the type of a null to bind it. */
final class Bindings {

  private Bindings() {}

  static GenericExecuteSpec nullable(GenericExecuteSpec spec, String name, Object value, Class<?> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  /** Ids are numbers we produced, so they can be written into an IN list directly. */
  static String idList(java.util.Collection<Long> ids) {
    StringBuilder list = new StringBuilder();
    for (Long id : ids) {
      list.append(list.length() == 0 ? "" : ",").append(id.longValue());
    }
    return list.toString();
  }
}
