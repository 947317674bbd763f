package com.matchcast.ledger;

import com.matchcast.prediction.PredictionQuery;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** A {@link PredictionQuery} as a WHERE clause with named parameters (never concatenated values). */
record LedgerSearch(String sql, Map<String, Object> parameters) {

  static LedgerSearch of(PredictionQuery q) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (!q.leagues().isEmpty()) {
      conditions.add("league IN (:leagues)");
      parameters.put("leagues", List.copyOf(q.leagues()));
    }
    if (q.season() != null) {
      conditions.add("season = :season");
      parameters.put("season", q.season());
    }
    if (!q.matchIds().isEmpty()) {
      conditions.add("match_id IN (:matchIds)");
      parameters.put("matchIds", List.copyOf(q.matchIds()));
    }
    if (q.modelVersion() != null) {
      conditions.add("model_version = :modelVersion");
      parameters.put("modelVersion", q.modelVersion());
    }
    if (q.reason() != null) {
      conditions.add("reason = :reason");
      parameters.put("reason", q.reason());
    }
    if (q.from() != null) {
      conditions.add("created_at >= :createdFrom");
      parameters.put("createdFrom", LocalDateTime.ofInstant(q.from(), ZoneOffset.UTC));
    }
    if (q.to() != null) {
      conditions.add("created_at < :createdTo");
      parameters.put("createdTo", LocalDateTime.ofInstant(q.to(), ZoneOffset.UTC));
    }
    return new LedgerSearch(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions),
        Map.copyOf(parameters));
  }

  GenericExecuteSpec bind(GenericExecuteSpec spec) {
    for (Map.Entry<String, Object> p : parameters.entrySet()) {
      spec = spec.bind(p.getKey(), p.getValue());
    }
    return spec;
  }
}
