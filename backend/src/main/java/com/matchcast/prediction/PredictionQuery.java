package com.matchcast.prediction;

import java.time.Instant;
import java.util.Set;

/**
 * Which ledger rows a search wants; every part is optional (null or empty: no restriction).
 *
 * @param from    made at or after this instant (serving clock)
 * @param to      made before this instant
 * @param reason  why it was made, as the ledger words it ("prices moved", "new model", ...)
 */
public record PredictionQuery(Set<String> leagues, String season, Set<Long> matchIds, Long modelVersion,
    String reason, Instant from, Instant to) {

  public PredictionQuery {
    leagues = leagues == null ? Set.of() : Set.copyOf(leagues);
    matchIds = matchIds == null ? Set.of() : Set.copyOf(matchIds);
  }

  public static PredictionQuery all() {
    return new PredictionQuery(Set.of(), null, Set.of(), null, null, null, null);
  }
}
