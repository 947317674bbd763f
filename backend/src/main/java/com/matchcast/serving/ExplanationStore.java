package com.matchcast.serving;

import com.matchcast.prediction.Explanation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Explanations kept beside the ledger, one row per prediction, so any instance can show them. */
@Component
public class ExplanationStore {

  private final DatabaseClient db;

  public ExplanationStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Void> save(long predictionId, Explanation explanation) {
    return db.sql("INSERT INTO prediction_explanation (prediction_id, baseline, factors) VALUES (:id, :baseline, :factors)")
        .bind("id", predictionId).bind("baseline", numbers(explanation.baseline()))
        .bind("factors", factors(explanation)).then();
  }

  public Mono<Explanation> find(long predictionId) {
    return db.sql("SELECT baseline, factors FROM prediction_explanation WHERE prediction_id = :id")
        .bind("id", predictionId)
        .map(row -> read(row.get("baseline", String.class), row.get("factors", String.class)))
        .one();
  }

  /** The stored explanations of those predictions that have one, by prediction id. */
  public Mono<Map<Long, Explanation>> findAll(Collection<Long> predictionIds) {
    if (predictionIds.isEmpty()) {
      return Mono.just(Map.of());
    }
    return db.sql("SELECT prediction_id, baseline, factors FROM prediction_explanation WHERE prediction_id IN (:ids)")
        .bind("ids", List.copyOf(predictionIds))
        .map(row -> Map.entry(((Number) row.get("prediction_id")).longValue(),
            read(row.get("baseline", String.class), row.get("factors", String.class))))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue);
  }

  private static String factors(Explanation explanation) {
    StringBuilder text = new StringBuilder();
    for (Explanation.FactorEffect f : explanation.factors()) {
      text.append(f.key()).append('|').append(f.english()).append('|').append(f.chinese()).append('|')
          .append(numbers(f.effect())).append('\n');
    }
    return text.toString();
  }

  private static String numbers(double[] values) {
    return String.format(Locale.ROOT, "%.17g|%.17g|%.17g", values[0], values[1], values[2]);
  }

  private static Explanation read(String baseline, String factors) {
    List<Explanation.FactorEffect> effects = new ArrayList<>();
    for (String line : factors.split("\n")) {
      if (!line.isBlank()) {
        String[] parts = line.split("\\|");
        effects.add(new Explanation.FactorEffect(parts[0], parts[1], parts[2],
            new double[] {Double.parseDouble(parts[3]), Double.parseDouble(parts[4]), Double.parseDouble(parts[5])}));
      }
    }
    String[] b = baseline.split("\\|");
    return new Explanation(new double[] {Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2])},
        List.copyOf(effects), Double.NaN);
  }
}
